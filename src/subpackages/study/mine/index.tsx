// 学习记录: the signed-in member's own listening time and finished books.
import { PageFrame } from '../../../components/page-frame';
import { LoginPrompt } from '../../../features/account/components/login-prompt';
import { SessionStatus } from '../../../features/account/components/session-status';
import { useAccount } from '../../../features/account/use-account';
import { MyStudyView } from '../../../features/study-records/components/my-study-view';

export default function MyStudyPage() {
  const { signedIn, status } = useAccount();
  return (
    <PageFrame title='学习记录'>
      <SessionStatus />
      {status === 'signed-out' ? <LoginPrompt reason='登录后，这里会记下您每天听书的时间。' /> : null}
      {signedIn ? <MyStudyView /> : null}
    </PageFrame>
  );
}
