// 打印听书海报 (admin): a collection's books with their QR codes, printable on A4 from the web page.
import { PageFrame } from '../../../components/page-frame';
import { LoginPrompt } from '../../../features/account/components/login-prompt';
import { SessionStatus } from '../../../features/account/components/session-status';
import { useAccount } from '../../../features/account/use-account';
import { AdminOnly } from '../../../features/library-admin/components/admin-only';
import { PosterView } from '../../../features/library-admin/components/poster-view';
import { isLibraryAdmin } from '../../../features/library-admin/is-library-admin';

export default function PosterPage() {
  const { user, signedIn, status } = useAccount();
  return (
    <PageFrame title='打印听书海报'>
      <SessionStatus />
      {status === 'signed-out' ? <LoginPrompt reason='打印海报要由管理员登录后来做。' /> : null}
      {signedIn && user ? isLibraryAdmin(user) ? <PosterView /> : <AdminOnly /> : null}
    </PageFrame>
  );
}
