// 驿站管理: for post managers and admins — the confirmation queue, the rotating code, the month's figures.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { ManageView } from '../../../features/volunteer/components/manage-view';

export default function ManagePage() {
  return (
    <PageFrame title='驿站管理'>
      <SessionGate reason='驿站管理要由驿站负责人登录后来做。'>{() => <ManageView />}</SessionGate>
    </PageFrame>
  );
}
