// The 我的 row that opens 我的活动 (signed-in members only).
import { ListRow } from '../../../components/list-row';
import { openMyEvents } from '../routes';

export function MyEventsEntry({ signedIn }: { signedIn: boolean }) {
  return signedIn ? (
    <ListRow title='我的活动' description='报名的活动、排队的位置和签到情况。' onClick={openMyEvents} />
  ) : null;
}
