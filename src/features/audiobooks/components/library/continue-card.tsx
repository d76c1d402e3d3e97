// "继续收听": the book and chapter last heard, how far, and one big button to go on. While that book is playing
// (the sound goes on from page to page) the card says so and its time follows the sound.
import { View } from '@tarojs/components';
import type { ProgressItem } from '../../../../../contracts/audiobooks';
import { BigButton } from '../../../../components/big-button';
import { Card } from '../../../../components/card';
import { listenedTo } from '../../format-time';
import { openPlayer } from '../../navigation';
import './library.scss';

export function ContinueCard({ place, playing }: { place: ProgressItem; playing: boolean }) {
  return (
    <Card title='继续收听'>
      <View className='library__book-title'>{place.bookTitle}</View>
      <View>
        第{place.chapterSeq}章 {place.chapterTitle}
      </View>
      <View className='library__strong'>
        {playing ? '正在播放，' : ''}
        {listenedTo(place.position)}
      </View>
      <BigButton
        variant='primary'
        icon={playing ? undefined : '▶'}
        onClick={() => openPlayer({ bookId: place.bookId, chapterId: place.chapterId, autoplay: true })}
      >
        {playing ? '打开播放页' : '继续收听'}
      </BigButton>
    </Card>
  );
}
