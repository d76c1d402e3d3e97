// 我的: who you are, the 大字 switch, and logging in or out.
import { ListRow } from '../../components/list-row';
import { PageFrame } from '../../components/page-frame';
import { Toast } from '../../components/toast';
import { useToast } from '../../components/toast/use-toast';
import { AccountNotice } from '../../features/account/components/account-notice';
import { LargeTextSetting } from '../../features/account/components/large-text-setting';
import { LoginPrompt } from '../../features/account/components/login-prompt';
import { ProfileSummary } from '../../features/account/components/profile-summary';
import { SessionStatus } from '../../features/account/components/session-status';
import { SignOut } from '../../features/account/components/sign-out';
import { useAccount } from '../../features/account/use-account';
import { openPage, PAGE_ROUTES } from '../../lib/routes';

export default function MinePage() {
  const { user, signedIn, status } = useAccount();
  const toast = useToast();
  return (
    <PageFrame
      title='我的'
      overlay={
        <>
          <AccountNotice />
          <Toast message={toast.message} onClose={toast.close} />
        </>
      }
    >
      <SessionStatus />
      {signedIn && user ? <ProfileSummary user={user} /> : null}
      {status === 'signed-out' ? <LoginPrompt reason='登录后，这里会显示您的姓名、所在支部和身份。' /> : null}
      <LargeTextSetting onMessage={toast.show} />
      {signedIn ? <ListRow title='支部通知' description='查看支部书记发的通知。' onClick={() => openPage(PAGE_ROUTES.notices)} /> : null}
      {signedIn ? <SignOut /> : null}
    </PageFrame>
  );
}
