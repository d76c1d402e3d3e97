// On 我的: the way to the 民情工作室 screens, for the staff on duty at a studio and the officials above one. Staff
// hold no role (they are named on the studio), so the server's list of studios decides; a failure shows nothing.
import { ListRow } from '../../../components/list-row';
import { useRemote } from '../../../entities/remote/use-remote';
import { useSession } from '../../../entities/session/use-session';
import { listStudios } from '../api/list-studios';
import { CASEWORK_ROUTES, openCaseworkPage } from '../routes';

export function CaseworkEntry() {
  const { signedIn, user } = useSession();
  const remote = useRemote(signedIn && user ? listStudios : null, [signedIn, user?.id]);
  if (remote.state.status !== 'ready' || remote.state.data.studios.length === 0) return null;
  const staff = remote.state.data.studios.some((s) => s.as === 'staff');
  return (
    <ListRow
      title='民情工作室'
      description={staff ? '登记来访，调解矛盾纠纷，记回访、结案。' : '看下面各工作室的矛盾纠纷办得怎么样。'}
      onClick={() => openCaseworkPage(CASEWORK_ROUTES.cases)}
    />
  );
}
