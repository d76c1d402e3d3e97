// 党员名册: the members a secretary (or admin) manages, with a search that forgives (name, pinyin initials such as
// "zxy", part of a phone number), and adding a member by hand. Tapping a name opens their record. The heading counts
// every member (共290位), and transfers waiting for this secretary come before the names, not after 100 of them.
import { useState } from 'react';
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { SearchBox } from '../../../components/search-box';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { StateView } from '../../../components/state-view';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { incomingTransfers } from '../api/incoming-transfers';
import { listPeople } from '../api/list-people';
import { ORG_ROUTES, openOrgPage } from '../routes';
import { personLine } from '../roster-words';
import { AddPersonForm } from './add-person-form';
import './org.scss';

const PAGE_SIZE = 100;

export function RosterView({ orgUnitId, canAdd }: { orgUnitId?: number; canAdd: boolean }) {
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const people = useRemote(
    () => listPeople({ ...(orgUnitId ? { orgUnitId } : {}), ...(query ? { query } : {}), limit: PAGE_SIZE }),
    [orgUnitId, query],
  );
  const incoming = useRemote(() => incomingTransfers(), []);
  const waiting = incoming.state.status === 'ready' ? incoming.state.data.transfers.length : 0;
  const transfersRow = (
    <ListRow
      title={waiting > 0 ? `有${waiting}位党员转给您，等您接收` : '待接收的转接'}
      description={waiting > 0 ? '点这里看是谁，接收以后就在您的名册里了。' : '别的支部转给您的党员，要您接收。'}
      onClick={() => openOrgPage(ORG_ROUTES.transfers)}
    />
  );
  return (
    <View className='org-screen'>
      {waiting > 0 ? transfersRow : null}
      <SearchBox
        id='roster-search'
        label='找人'
        hint='可以写名字、名字里的一个字、拼音首字母（例如 zxy），或手机号的几位。'
        query={query}
        onQuery={setQuery}
        clearLabel='显示全部党员'
      />
      <RemoteView remote={people} loading='正在读取党员名册，请稍等。' failed='没能读取党员名册'>
        {({ people: list, more, total }) =>
          list.length === 0 ? (
            <StateView
              kind='empty'
              title={query ? '没有找到' : '名册是空的'}
              message={
                query
                  ? `没有找到“${query}”。请换几个字，或者用拼音首字母再找一次。`
                  : '这个支部还没有党员。可以点下面的“添加党员”。'
              }
            />
          ) : (
            <Card title={query ? `找到${total}位党员` : `共${total}位在册党员`}>
              {list.map((p) => (
                <ListRow
                  key={p.id}
                  title={p.name}
                  description={personLine(p)}
                  onClick={() => openOrgPage(ORG_ROUTES.person, { id: p.id })}
                />
              ))}
              {more ? (
                <View className='org-note'>{`人数较多，只显示了前${PAGE_SIZE}位。请用上面的“找人”找具体的人。`}</View>
              ) : null}
            </Card>
          )
        }
      </RemoteView>
      {canAdd ? (
        adding ? (
          <AddPersonForm orgUnitId={orgUnitId} onDone={() => setAdding(false)} />
        ) : (
          <BigButton variant='primary' onClick={() => setAdding(true)}>
            添加党员
          </BigButton>
        )
      ) : null}
      {waiting > 0 ? null : transfersRow}
    </View>
  );
}
