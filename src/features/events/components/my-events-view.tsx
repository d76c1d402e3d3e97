// 我的活动: the member's events, the nearest upcoming first, each with its status in words.
import { View } from '@tarojs/components';
import { EVENT_TYPE_NAMES } from '../../../../contracts/event-names';
import { ListRow } from '../../../components/list-row';
import { StateView } from '../../../components/state-view';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords } from '../../../entities/time/calendar';
import { openTab, TAB_ROUTES } from '../../../lib/routes';
import { getMyEvents } from '../api/my-events';
import { mineWords } from '../event-state';
import { FamilyCard } from './family-card';
import { openEvent } from '../routes';
import './events.scss';

export function MyEventsView() {
  const remote = useRemote(() => getMyEvents(), []);
  return (
    <View className='events'>
      <RemoteView remote={remote} loading='正在读取您的活动，请稍等。' failed='没能读取您的活动'>
        {({ events }) =>
          events.length === 0 ? (
            <StateView
              kind='empty'
              title='您还没有报名活动'
              message='在“活动”页可以看到能报名的活动。'
              actionLabel='去看看活动'
              onAction={() => openTab(TAB_ROUTES.events)}
            />
          ) : (
            <View className='events'>
              {events.map((e) => (
                <ListRow
                  key={e.id}
                  title={e.title}
                  description={`${EVENT_TYPE_NAMES[e.type]} · ${dateTimeWords(e.startAt)} · ${e.place}`}
                  status={mineWords(e.mine) ?? undefined}
                  onClick={() => openEvent(e.id)}
                />
              ))}
            </View>
          )
        }
      </RemoteView>
      <FamilyCard />
    </View>
  );
}
