// 首页: the member's next event in one line, or nothing when there is none (or they are signed out).
import { ListRow } from '../../../components/list-row';
import { useRemote } from '../../../entities/remote/use-remote';
import { useSession } from '../../../entities/session/use-session';
import { dateTimeWords } from '../../../entities/time/calendar';
import { getMyEvents } from '../api/my-events';
import { mineWords } from '../event-state';
import { openEvent } from '../routes';

export function NextEvent() {
  const { status } = useSession();
  const remote = useRemote(status === 'signed-in' ? () => getMyEvents() : null, [status]);
  if (remote.state.status !== 'ready') return null;
  const next = remote.state.data.events.find((e) => Date.parse(e.endAt) > Date.now() && e.mine.status !== 'cancelled');
  if (!next) return null;
  return (
    <ListRow
      title={`下一个活动：${next.title}`}
      description={`${dateTimeWords(next.startAt)} · ${next.place}`}
      status={mineWords(next.mine) ?? undefined}
      onClick={() => openEvent(next.id)}
    />
  );
}
