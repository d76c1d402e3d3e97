// Everyone in the unit for the month, most listened first; those who have not listened say so in words.
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { MemberStudy } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { a11y } from '../../../lib/a11y';
import { roughDuration } from '../../../entities/time/durations';
import { noListeningWords } from '../study-time';

const PAGE = 50;

interface MemberStudyListProps {
  members: MemberStudy[];
  /** The month shown (YYYY-MM): a past month's words say which month, not "本月". */
  month: string;
  /** Show each person's branch (when the view covers more than one branch). */
  showBranch: boolean;
}

export function MemberStudyList({ members, month, showBranch }: MemberStudyListProps) {
  const [shown, setShown] = useState(PAGE);
  const rest = members.length - shown;
  return (
    <Card title={`党员名单（${members.length} 人）`}>
      <View className='member-study' {...a11y({ role: 'list' })}>
        {members.slice(0, shown).map((m) => (
          <View key={m.personId} className='member-study__row' {...a11y({ role: 'listitem' })}>
            <View className='member-study__name'>{m.name}</View>
            {showBranch ? <View className='member-study__branch'>{m.orgUnitName}</View> : null}
            {m.seconds > 0 ? (
              <View className='member-study__figures'>
                听了 {roughDuration(m.seconds)}，{m.activeDays} 天有听书
              </View>
            ) : (
              <View className='member-study__figures member-study__figures--none'>{noListeningWords(month)}</View>
            )}
          </View>
        ))}
      </View>
      {rest > 0 ? (
        <BigButton
          onClick={() => setShown(shown + PAGE)}
        >{`再看 ${Math.min(rest, PAGE)} 人（还有 ${rest} 人）`}</BigButton>
      ) : null}
    </Card>
  );
}
