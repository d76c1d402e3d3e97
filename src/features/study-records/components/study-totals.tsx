// The month's figures for the unit (named in the heading above): total time and how many took part, in sentences.
import { View } from '@tarojs/components';
import type { StudyStats } from '../../../../contracts/audiobooks';
import { Card } from '../../../components/card';
import { roughDuration } from '../../../entities/time/durations';
import { notListenedSentence } from '../study-time';

export function StudyTotals({ stats }: { stats: StudyStats }) {
  return (
    <Card title='学习合计'>
      <View className='study-totals__line'>
        <View className='study-totals__label'>总时长：</View>
        <View className='study-totals__value'>{roughDuration(stats.totalSeconds)}</View>
      </View>
      <View className='study-totals__line'>
        <View className='study-totals__label'>参加学习人数：</View>
        <View className='study-totals__value'>
          {stats.activeMembers} 人 / 共 {stats.memberCount} 人
        </View>
      </View>
      {stats.memberCount > stats.activeMembers ? (
        <View className='study-totals__hint'>
          {notListenedSentence(stats.memberCount - stats.activeMembers, stats.month)}
        </View>
      ) : null}
    </Card>
  );
}
