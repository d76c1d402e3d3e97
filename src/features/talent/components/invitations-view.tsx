// 人才库邀请: what a unit asks of her, in full, with two whole-sentence buttons: 答应 or 婉拒. The answer is said back
// in a sentence; an invitation someone else already took says so instead of offering buttons.
import { View } from '@tarojs/components';
import type { MyInvitation } from '../../../../contracts/talent';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { Said } from '../../../entities/remote/said-line';
import { useAction } from '../../../entities/remote/use-action';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords } from '../../../entities/time/calendar';
import { answerInvitation } from '../api/answer-invitation';
import { getMyInvitations } from '../api/get-my-invitations';
import './talent.scss';

const STATUS_WORDS = { pending: '等您答复', accepted: '您已答应', declined: '您已婉拒' } as const;

export function InvitationsView() {
  const remote = useRemote(getMyInvitations, []);
  return (
    <RemoteView remote={remote} loading='正在读取邀请，请稍等。' failed='没能读取邀请'>
      {({ invitations }) =>
        invitations.length === 0 ? (
          <View className='talent-note'>现在没有邀请。社区需要您帮忙时，会在“我的消息”里告诉您。</View>
        ) : (
          <View className='talent-stack'>
            {invitations.map((i) => (
              <InvitationCard key={i.requestId} invitation={i} />
            ))}
          </View>
        )
      }
    </RemoteView>
  );
}

function InvitationCard({ invitation: i }: { invitation: MyInvitation }) {
  const { run, busy, pending, said } = useAction();
  const answer = (accept: boolean) =>
    void run((id) => answerInvitation(i.requestId, accept, id), {
      intent: accept ? 'accept' : 'decline',
      sentence: () =>
        accept
          ? `您答应了${i.unitName}的邀请，谢谢您！他们会和您联系具体安排。`
          : `您婉拒了${i.unitName}的邀请，我们已经告诉他们了。`,
    });
  const answered = said?.ok === true;
  return (
    <Card title={`${i.unitName}请您帮忙`}>
      <View>{i.text}</View>
      <View>领域：{i.field}</View>
      {i.startsAt ? <View>时间：{dateTimeWords(i.startsAt)}</View> : null}
      <View>状态：{i.filled ? '已经有别的同志答应了，这次不用您去' : STATUS_WORDS[i.status]}</View>
      <Said
        said={said}
        className='talent-note'
        doneClassName='talent-note--done'
        failedClassName='talent-note--failed'
      />
      {!i.filled && i.status === 'pending' && !answered ? (
        <>
          <BigButton variant='primary' onClick={() => answer(true)} busy={busy && pending === 'accept'}>
            我答应，愿意去帮忙
          </BigButton>
          <BigButton variant='secondary' onClick={() => answer(false)} busy={busy && pending === 'decline'}>
            这次去不了，婉拒
          </BigButton>
        </>
      ) : null}
    </Card>
  );
}
