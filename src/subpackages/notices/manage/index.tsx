// 我发的通知: for secretaries and admins.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { ManageView } from '../../../features/notices/components/manage-view';

export default function ManageNoticesPage() {
  return (
    <PageFrame title='我发的通知'>
      <SessionGate
        reason='看您发的通知要先登录。'
        only={{ scope: 'manageBranch', title: '这里只给支部书记和管理员用', message: '通知由支部书记或上级管理员发。' }}
      >
        {() => <ManageView />}
      </SessionGate>
    </PageFrame>
  );
}
