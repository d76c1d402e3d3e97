// One book on the poster: a coloured cover with its big character, the title, and its QR code with the caption.
import { Image, View } from '@tarojs/components';
import { a11y } from '../../../lib/a11y';
import type { PosterItem } from '../api/load-poster';

export const POSTER_CAPTION = '微信扫一扫 · 听书';

export function PosterCard({ item }: { item: PosterItem }) {
  const { book, qr } = item;
  return (
    <View className='poster-card' {...a11y({ role: 'listitem' })}>
      <View className='poster-card__head'>
        <View
          className={
            Array.from(book.coverGlyph).length > 1
              ? 'poster-card__cover poster-card__cover--long'
              : 'poster-card__cover'
          }
          style={{ backgroundColor: book.coverColor }}
          {...a11y({ hidden: true })}
        >
          {book.coverGlyph}
        </View>
        <View className='poster-card__title'>{book.title}</View>
      </View>
      {qr ? (
        <Image
          className='poster-card__qr'
          src={qr.image}
          mode='aspectFit'
          nativeProps={{ alt: `《${book.title}》的二维码` }}
        />
      ) : (
        <View className='poster-card__qr poster-card__qr--missing'>
          这本书的二维码没有生成出来，可能是网络不好。请先别打印：回到上一页，再打开一次海报。
        </View>
      )}
      <View className='poster-card__caption'>{POSTER_CAPTION}</View>
    </View>
  );
}
