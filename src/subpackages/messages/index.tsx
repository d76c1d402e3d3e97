// 我的消息: the signed-in person's messages; everything else is the inbox feature's.
import { PageFrame } from '../../components/page-frame';
import { SessionGate } from '../../entities/session/components/session-gate';
import { MessagesView } from '../../features/inbox/components/messages-view';

export default function MessagesPage() {
  return (
    <PageFrame title='我的消息'>
      <SessionGate reason='登录后，这里会告诉您报名的活动有什么变化、支部发了什么新通知。'>
        {() => <MessagesView />}
      </SessionGate>
    </PageFrame>
  );
}
