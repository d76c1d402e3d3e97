// 活动 tab: upcoming events the member may join, by type, with seats left; organisers also reach 发布和管理活动.
import { PageFrame } from '../../components/page-frame';
import { SessionGate } from '../../entities/session/components/session-gate';
import { EventsListView } from '../../features/events/components/events-list-view';

export default function EventsPage() {
  return (
    <PageFrame title='活动'>
      <SessionGate reason='登录后，这里会列出您可以报名的培训班、主题党日、讲座和老年大学课程。'>
        {(user) => <EventsListView user={user} />}
      </SessionGate>
    </PageFrame>
  );
}
