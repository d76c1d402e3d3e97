// 打印听书海报 (admin): a collection's books with their QR codes, printable on A4 from the web page.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { PosterView } from '../../../features/library-admin/components/poster-view';
import { LIBRARY_ADMINS_ONLY } from '../../../features/library-admin/library-admins';

export default function PosterPage() {
  return (
    <PageFrame title='打印听书海报'>
      <SessionGate reason='打印海报要由管理员登录后来做。' only={LIBRARY_ADMINS_ONLY}>
        {() => <PosterView />}
      </SessionGate>
    </PageFrame>
  );
}
