// On 我的: the volunteer's way to their service records and certificate (volunteers only).
import { ListRow } from '../../../components/list-row';
import { useSession } from '../../../entities/session/use-session';
import { openVolunteerPage } from '../routes';

export function VolunteerMineEntry() {
  const { user, signedIn } = useSession();
  if (!signedIn || !user?.roles.includes('volunteer')) return null;
  return (
    <ListRow
      title='志愿服务记录'
      description='每次签到签退的记录和服务时长，可以申请更正。'
      onClick={() => openVolunteerPage('records')}
    />
  );
}
