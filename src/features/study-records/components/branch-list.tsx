// For an admin's wider view: each branch's month in one line, so weak branches stand out.
import { View } from '@tarojs/components';
import { Card } from '../../../components/card';
import { a11y } from '../../../lib/a11y';
import type { BranchSummary } from '../branch-summary';
import { roughDuration } from '../../../entities/time/durations';
import { nobodyListenedWords } from '../study-time';

export function BranchList({ branches, month }: { branches: BranchSummary[]; month: string }) {
  return (
    <Card title={`各支部（${branches.length} 个）`}>
      <View className='member-study' {...a11y({ role: 'list' })}>
        {branches.map((b) => (
          <View key={b.orgUnitId} className='member-study__row' {...a11y({ role: 'listitem' })}>
            <View className='member-study__name'>{b.name}</View>
            <View
              className={b.seconds > 0 ? 'member-study__figures' : 'member-study__figures member-study__figures--none'}
            >
              {b.seconds > 0
                ? `共 ${roughDuration(b.seconds)}，${b.activeMembers} 人 / 共 ${b.memberCount} 人参加`
                : nobodyListenedWords(month)}
            </View>
          </View>
        ))}
      </View>
    </Card>
  );
}
