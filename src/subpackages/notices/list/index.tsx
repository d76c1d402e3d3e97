// 支部通知: the notice list for the logged-in person's branch.
import { PageFrame } from '../../../components/page-frame';
import { LoginPrompt } from '../../../features/account/components/login-prompt';
import { SessionStatus } from '../../../features/account/components/session-status';
import { useAccount } from '../../../features/account/use-account';
import { NoticeList } from '../../../features/notices/components/notice-list';

export default function NoticesPage() {
  const { signedIn, status } = useAccount();
  return (
    <PageFrame title='支部通知'>
      <SessionStatus />
      {status === 'signed-out' ? <LoginPrompt reason='支部通知只给本支部的党员看。请先登录。' /> : null}
      {signedIn ? <NoticeList /> : null}
    </PageFrame>
  );
}
