// The chapters a book has so far, each with its length in words.
import { View } from '@tarojs/components';
import type { Chapter } from '../../../../contracts/audiobooks';
import { a11y } from '../../../lib/a11y';
import { spokenLength } from '../../../entities/time/durations';

export function ChapterList({ chapters }: { chapters: Chapter[] }) {
  if (chapters.length === 0) return <View>这本书还没有章节。请在下面添加第一章。</View>;
  return (
    <View className='chapter-list' {...a11y({ role: 'list', label: '已有的章节' })}>
      {chapters.map((c) => (
        <View key={c.id} className='chapter-list__row' {...a11y({ role: 'listitem' })}>
          <View className='chapter-list__title'>
            第 {c.seq} 章 {c.title}
          </View>
          <View className='chapter-list__length'>长 {spokenLength(c.duration)}</View>
        </View>
      ))}
    </View>
  );
}
