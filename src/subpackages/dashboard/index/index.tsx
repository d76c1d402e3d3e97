// 驾驶舱: the figures of the viewer's subtree (issue 22), for the city, district and street admins.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { DashboardView } from '../../../features/dashboard/components/dashboard-view';
import { idParam } from '../../../lib/routes';

export default function DashboardPage() {
  const { params } = useRouter();
  return (
    <PageFrame title='驾驶舱'>
      {/* No role gate here: the server's refusal names the reason in its own words. */}
      <SessionGate reason='驾驶舱只给管理员看。请先登录。'>
        {() => <DashboardView startUnitId={idParam(params.orgUnitId) ?? null} />}
      </SessionGate>
    </PageFrame>
  );
}
