// 支部学习情况: a secretary's (or admin's) month of study in the branch or subtree they manage.
import { PageFrame } from '../../../components/page-frame';
import { LoginPrompt } from '../../../features/account/components/login-prompt';
import { SessionStatus } from '../../../features/account/components/session-status';
import { useAccount } from '../../../features/account/use-account';
import { BranchStudyView } from '../../../features/study-records/components/branch-study-view';

export default function BranchStudyPage() {
  const { user, signedIn, status } = useAccount();
  return (
    <PageFrame title='支部学习情况'>
      <SessionStatus />
      {status === 'signed-out' ? <LoginPrompt reason='支部学习情况只给支部书记和管理员看。请先登录。' /> : null}
      {signedIn && user ? <BranchStudyView viewer={user} /> : null}
    </PageFrame>
  );
}
