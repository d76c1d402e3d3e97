// The way in from 我的, for those who hold the viewDashboard scope (the city, district and street admins). Showing
// the link is a convenience; the server checks every request itself.
import type { User } from '../../../../contracts/account';
import { ListRow } from '../../../components/list-row';
import { holdsScope } from '../../../entities/session/scopes';
import { openDashboardPage } from '../routes';

export function DashboardEntry({ user }: { user: User | null }) {
  if (!user || !holdsScope(user, 'viewDashboard')) return null;
  return (
    <ListRow
      title='驾驶舱'
      description='全市（或本区、本街道）的党员、学习、活动、志愿服务和通知，一目了然。'
      onClick={() => openDashboardPage()}
    />
  );
}
