// 活动 tab: each upcoming event the member may join with its time, place, seats left and the member's own status in
// words; a tap opens its page. The kinds of events (全部 first) are one choice above it, folded into one line in 大字
// and 特大 so the events themselves are on the first screen; organisers' 发布和管理活动 comes after the list.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { EVENT_TYPE_NAMES, EVENT_TYPES, type EventType } from '../../../../contracts/event-names';
import { ChoiceList } from '../../../components/choice-list';
import { FoldingFilters } from '../../../components/folding-filters';
import { ListRow } from '../../../components/list-row';
import { StateView } from '../../../components/state-view';
import { BigButton } from '../../../components/big-button';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { dateTimeWords } from '../../../entities/time/calendar';
import { listEvents } from '../api/list-events';
import { mineWords, seatsWords, TYPE_CHOICE_LABELS } from '../event-state';
import type { User } from '../../../../contracts/account';
import { holdsScope } from '../../../entities/session/scopes';
import { openEvent, openManage, openMyEvents } from '../routes';
import './events.scss';

type Filter = EventType | 'all';

export function EventsListView({ user }: { user: User }) {
  const [filter, setFilter] = useState<Filter>('all');
  const remote = useRemote(() => listEvents(filter === 'all' ? undefined : filter), [filter]);
  return (
    <View className='events'>
      <BigButton onClick={openMyEvents}>我的活动</BigButton>
      <FoldingFilters summary={`筛选：${filter === 'all' ? '全部活动' : EVENT_TYPE_NAMES[filter]}`}>
        <ChoiceList<Filter>
          label='活动种类'
          layout='grid'
          choices={[
            { value: 'all', label: '全部' },
            ...EVENT_TYPES.map((t) => ({ value: t, label: TYPE_CHOICE_LABELS[t] })),
          ]}
          selected={filter}
          onSelect={setFilter}
        />
      </FoldingFilters>
      <RemoteView remote={remote} loading='正在读取活动，请稍等。' failed='没能读取活动'>
        {({ events }) =>
          events.length === 0 ? (
            <StateView
              kind='empty'
              title='现在没有可以报名的活动'
              message='有新活动时会在这里列出来。也可以问问您的支部书记。'
            />
          ) : (
            <View className='events'>
              {events.map((e) => (
                <ListRow
                  key={e.id}
                  title={e.title}
                  description={`${EVENT_TYPE_NAMES[e.type]} · ${dateTimeWords(e.startAt)} · ${e.place} · ${seatsWords(e)}`}
                  status={mineWords(e.mine) ?? undefined}
                  onClick={() => openEvent(e.id)}
                />
              ))}
            </View>
          )
        }
      </RemoteView>
      {holdsScope(user, 'manageBranch') ? <BigButton onClick={openManage}>发布和管理活动</BigButton> : null}
    </View>
  );
}
