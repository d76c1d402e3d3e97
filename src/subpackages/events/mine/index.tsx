// 我的活动: the member's events, nearest first.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { MyEventsView } from '../../../features/events/components/my-events-view';

export default function MyEventsPage() {
  return (
    <PageFrame title='我的活动'>
      <SessionGate reason='登录后，这里会列出您报名的活动。'>{() => <MyEventsView />}</SessionGate>
    </PageFrame>
  );
}
