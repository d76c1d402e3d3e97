// 人才库服务菜单 of the district around a unit (from 我的, with her own unit), printable on A4.
import { useRouter } from '@tarojs/taro';
import { PageFrame } from '../../../components/page-frame';
import { SessionGate } from '../../../entities/session/components/session-gate';
import { MenuView } from '../../../features/talent/components/menu-view';
import { idParam } from '../../../lib/routes';

export default function TalentMenuPage() {
  const unit = idParam(useRouter().params.unit);
  return (
    <PageFrame title='人才库服务菜单'>
      <SessionGate reason='服务菜单登录以后才能看。'>
        {(user) => <MenuView orgUnitId={unit ?? user.orgUnitId} />}
      </SessionGate>
    </PageFrame>
  );
}
