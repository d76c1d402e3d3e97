// 矛盾纠纷: the open cases of the caller's studios, the longest open first with their 20/30-day flags, then the
// closed ones; names masked (王*明) and no phones — the full names are only on a case's own page. Staff on duty
// start here to 登记来访.
import { View } from '@tarojs/components';
import { CASE_TYPE_NAMES, OUTCOME_NAMES } from '../../../../contracts/casework-names';
import type { CaseSummary, StudioSummary } from '../../../../contracts/casework';
import { BigButton } from '../../../components/big-button';
import { Card } from '../../../components/card';
import { ListRow } from '../../../components/list-row';
import { StateView } from '../../../components/state-view';
import { RemoteView } from '../../../entities/remote/remote-view';
import { useRemote } from '../../../entities/remote/use-remote';
import { a11y } from '../../../lib/a11y';
import { listCases } from '../api/list-cases';
import { listStudios } from '../api/list-studios';
import { daysWords, flagWords } from '../casework-words';
import { CASEWORK_ROUTES, openCaseworkPage } from '../routes';
import './casework.scss';

export function CasesView() {
  const remote = useRemote(
    () => Promise.all([listStudios(), listCases()]).then(([s, c]) => ({ studios: s.studios, cases: c.cases })),
    [],
  );
  return (
    <RemoteView remote={remote} loading='正在打开矛盾纠纷的记录，请稍等。' failed='没能打开矛盾纠纷的记录'>
      {({ studios, cases }) => <CasesList studios={studios} cases={cases} />}
    </RemoteView>
  );
}

function CasesList({ studios, cases }: { studios: StudioSummary[]; cases: CaseSummary[] }) {
  if (studios.length === 0)
    return (
      <StateView
        kind='empty'
        title='这里只给民情工作室的同志用'
        message='您不在哪个民情工作室值班，也不负责哪个工作室。如有需要，请联系社区。'
      />
    );
  const open = cases.filter((c) => c.status === 'open');
  const closed = cases.filter((c) => c.status === 'closed');
  const staffAt = studios.filter((s) => s.as === 'staff');
  const flagged = open.filter((c) => flagWords(c) !== null).length;
  return (
    <View className='casework'>
      {staffAt.map((s) => (
        <View key={s.id} className='casework-sentence'>
          您在{s.communityName}的{s.name}值班。开放时间：{s.openingHours}。
        </View>
      ))}
      {staffAt.length > 0 ? (
        <BigButton variant='primary' onClick={() => openCaseworkPage(CASEWORK_ROUTES.visit)}>
          登记来访
        </BigButton>
      ) : null}
      <View className='casework-summary' {...a11y({ role: 'status', live: 'polite' })}>
        {open.length === 0
          ? '现在没有没结案的纠纷。'
          : `还有 ${open.length} 件纠纷没结案${flagged > 0 ? `，其中 ${flagged} 件已经超过20天` : ''}。`}
      </View>
      {open.length > 0 ? (
        <Card title='没结案的纠纷'>
          {open.map((c) => (
            <CaseRow key={c.id} c={c} showStudio={studios.length > 1} />
          ))}
        </Card>
      ) : null}
      {closed.length > 0 ? (
        <Card title='最近结案的纠纷'>
          {closed.map((c) => (
            <CaseRow key={c.id} c={c} showStudio={studios.length > 1} />
          ))}
        </Card>
      ) : null}
    </View>
  );
}

function CaseRow({ c, showStudio }: { c: CaseSummary; showStudio: boolean }) {
  const flag = flagWords(c);
  // The flag's sentence goes in the description, which wraps; the status on the right stays one short word.
  const description = [
    showStudio ? c.studioName : null,
    daysWords(c),
    c.outcome ? OUTCOME_NAMES[c.outcome] : null,
    flag,
  ]
    .filter(Boolean)
    .join('，');
  return (
    <ListRow
      title={`${c.parties.join('、')} · ${CASE_TYPE_NAMES[c.type]}`}
      description={description}
      status={flag ? '超期' : c.status === 'open' ? (c.followedUp ? '已回访' : '调解中') : undefined}
      onClick={() => openCaseworkPage(CASEWORK_ROUTES.case, { id: c.id })}
    />
  );
}
