// The top of the player: cover, book and chapter, so the listener always knows what they hear. Who wrote it and who
// reads it are each said under their own name: the author an admin typed is never called the reader.
import { View } from '@tarojs/components';
import type { BookSummary, Chapter } from '../../../../../contracts/audiobooks';
import { BookCover } from '../book-cover';
import './now-playing.scss';

export function NowPlaying({ book, chapter, count }: { book: BookSummary; chapter: Chapter; count: number }) {
  const reader = book.reader.trim();
  return (
    <View className='now-playing'>
      <BookCover book={book} />
      <View className='now-playing__text'>
        <View className='now-playing__chapter'>
          第{chapter.seq}章（共{count}章）
        </View>
        <View className='now-playing__title'>{chapter.title}</View>
        <View className='now-playing__reader'>作者：{book.author}</View>
        {reader && reader !== book.author ? <View className='now-playing__reader'>朗读：{reader}</View> : null}
      </View>
    </View>
  );
}
