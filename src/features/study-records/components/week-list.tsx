// The last seven days, newest first: each day in words ("今天 听了 15分钟"), with a bar only as a picture beside it.
import { View } from '@tarojs/components';
import type { MyStudy } from '../../../../contracts/audiobooks';
import { Card } from '../../../components/card';
import { a11y } from '../../../lib/a11y';
import { dayLabel } from '../../../entities/time/calendar';
import { barPercent, listenedAmount } from '../study-time';

export function WeekList({ days }: { days: MyStudy['days'] }) {
  if (days.length === 0) return null;
  const today = days[days.length - 1].day;
  const longest = Math.max(...days.map((d) => d.seconds), 0);
  const newestFirst = [...days].reverse();
  return (
    <Card title='最近 7 天'>
      <View className='week-list' {...a11y({ role: 'list' })}>
        {newestFirst.map((d) => (
          <View key={d.day} className='week-list__day' {...a11y({ role: 'listitem' })}>
            <View className='week-list__words'>
              <View className='week-list__label'>{dayLabel(d.day, today)}</View>
              <View className={d.seconds > 0 ? 'week-list__amount' : 'week-list__amount week-list__amount--none'}>
                {d.seconds > 0 ? `听了 ${listenedAmount(d.seconds)}` : '没有听'}
              </View>
            </View>
            <View className='week-list__track' {...a11y({ hidden: true })}>
              <View className='week-list__bar' style={{ width: `${barPercent(d.seconds, longest)}%` }} />
            </View>
          </View>
        ))}
      </View>
    </Card>
  );
}
