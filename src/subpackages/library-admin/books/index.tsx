// 有声书管理 (admin): add books and upload their chapters.
import { PageFrame } from '../../../components/page-frame';
import { Toast } from '../../../components/toast';
import { useToast } from '../../../components/toast/use-toast';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { ManageBooksView } from '../../../features/library-admin/components/manage-books-view';
import { LIBRARY_ADMINS_ONLY } from '../../../features/library-admin/library-admins';

export default function ManageBooksPage() {
  const toast = useToast();
  return (
    <PageFrame title='有声书管理' overlay={<Toast message={toast.message} onClose={toast.close} />}>
      <SessionGate reason='管理有声书要由管理员登录后来做。' only={LIBRARY_ADMINS_ONLY}>
        {() => <ManageBooksView onMessage={toast.show} />}
      </SessionGate>
    </PageFrame>
  );
}
