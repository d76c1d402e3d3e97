// 发布和管理活动: for secretaries and admins.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { ManageView } from '../../../features/events/components/manage-view';

export default function ManageEventsPage() {
  return (
    <PageFrame title='发布和管理活动'>
      <SessionGate
        reason='登录后才能发布活动。'
        only={{
          scope: 'manageBranch',
          title: '这里只给支部书记和管理员用',
          message: '活动由支部书记发布。想参加活动，请回到“活动”页报名。',
        }}
      >
        {(user) => <ManageView user={user} />}
      </SessionGate>
    </PageFrame>
  );
}
