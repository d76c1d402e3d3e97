// 有声书管理 (admin): add books and upload their chapters.
import { PageFrame } from '../../../components/page-frame';
import { Toast } from '../../../components/toast';
import { useToast } from '../../../components/toast/use-toast';
import { LoginPrompt } from '../../../features/account/components/login-prompt';
import { SessionStatus } from '../../../features/account/components/session-status';
import { useAccount } from '../../../features/account/use-account';
import { AdminOnly } from '../../../features/library-admin/components/admin-only';
import { ManageBooksView } from '../../../features/library-admin/components/manage-books-view';
import { isLibraryAdmin } from '../../../features/library-admin/is-library-admin';

export default function ManageBooksPage() {
  const { user, signedIn, status } = useAccount();
  const toast = useToast();
  return (
    <PageFrame title='有声书管理' overlay={<Toast message={toast.message} onClose={toast.close} />}>
      <SessionStatus />
      {status === 'signed-out' ? <LoginPrompt reason='管理有声书要由管理员登录后来做。' /> : null}
      {signedIn && user ? isLibraryAdmin(user) ? <ManageBooksView onMessage={toast.show} /> : <AdminOnly /> : null}
    </PageFrame>
  );
}
