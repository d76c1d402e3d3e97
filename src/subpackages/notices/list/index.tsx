// 支部通知: the notices addressed to the person's branch and the units above it.
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { NoticeList } from '../../../features/notices/components/notice-list';

export default function NoticesPage() {
  return (
    <PageFrame title='支部通知'>
      <SessionGate reason='支部通知只给本支部的党员看。请先登录。'>
        {(user) => <NoticeList viewer={user} />}
      </SessionGate>
    </PageFrame>
  );
}
