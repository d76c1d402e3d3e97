// A book's cover: its colour and one large character (the demo books have no pictures). Decorative: the title is always beside it.
import { View } from '@tarojs/components';
import type { BookSummary } from '../../../../contracts/audiobooks';
import { a11y } from '../../../lib/a11y';
import './book-cover.scss';

export function BookCover({
  book,
  size = 'normal',
}: {
  book: Pick<BookSummary, 'coverColor' | 'coverGlyph'>;
  size?: 'normal' | 'large';
}) {
  return (
    <View
      className={`book-cover book-cover--${size}`}
      style={{ backgroundColor: book.coverColor }}
      {...a11y({ hidden: true })}
    >
      <View className='book-cover__glyph'>{book.coverGlyph}</View>
    </View>
  );
}
