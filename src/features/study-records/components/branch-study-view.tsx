// 支部学习情况: a month of the unit's study. The server decides who may see it; a refusal is shown in its own words.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { User } from '../../../../contracts/account';
import type { StudyStats } from '../../../../contracts/audiobooks';
import { StateView } from '../../../components/state-view';
import { ApiError, messageOf } from '../../../lib/api-error';
import { leavePage, TAB_ROUTES } from '../../../lib/routes';
import { getStudyStats } from '../api/get-study-stats';
import { sortMembers, summariseBranches } from '../branch-summary';
import { currentMonth, shiftMonth } from '../calendar';
import { defaultStudyScope } from '../study-scope';
import { BranchList } from './branch-list';
import { MemberStudyList } from './member-study-list';
import { MonthSwitcher } from './month-switcher';
import { StudyTotals } from './study-totals';
import './branch-study.scss';

type Load = { kind: 'loading' } | { kind: 'error'; forbidden: boolean; message: string } | { kind: 'ready'; stats: StudyStats };

export function BranchStudyView({ viewer }: { viewer: Pick<User, 'grants' | 'orgUnitId'> }) {
  const { orgUnitId } = defaultStudyScope(viewer);
  const latest = useMemo(() => currentMonth(), []);
  const [month, setMonth] = useState(latest);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  const fetchStats = useCallback(async () => {
    setLoad({ kind: 'loading' });
    try {
      setLoad({ kind: 'ready', stats: await getStudyStats(orgUnitId, month) });
    } catch (error) {
      setLoad({ kind: 'error', forbidden: error instanceof ApiError && error.code === 'FORBIDDEN', message: messageOf(error) });
    }
  }, [orgUnitId, month]);

  useEffect(() => {
    void fetchStats();
  }, [fetchStats]);

  const switcher = (
    <MonthSwitcher month={month} latest={latest} busy={load.kind === 'loading'} onChange={(from, delta) => setMonth(shiftMonth(from, delta))} />
  );
  if (load.kind === 'loading') return <>{switcher}<StateView kind='loading' message='正在统计这个月的学习情况，请稍等。' /></>;
  if (load.kind === 'error' && load.forbidden) {
    // Trying again or another month will not help: say why and offer the way back.
    return <StateView kind='error' title='您不能查看这里' message={load.message} retryLabel='返回我的' onRetry={() => leavePage(TAB_ROUTES.mine)} />;
  }
  if (load.kind === 'error') return <>{switcher}<StateView kind='error' title='没能打开学习情况' message={load.message} onRetry={() => void fetchStats()} /></>;

  const { stats } = load;
  const branches = summariseBranches(stats.members);
  const wide = branches.length > 1;
  return (
    <>
      {switcher}
      <StudyTotals stats={stats} />
      {wide ? <BranchList branches={branches} /> : null}
      {stats.members.length > 0 ? (
        <MemberStudyList key={`${stats.orgUnitId}-${stats.month}`} members={sortMembers(stats.members)} showBranch={wide} />
      ) : (
        <StateView kind='empty' title='这里还没有党员' message='这个单位下面还没有登记党员，所以没有学习情况可看。' />
      )}
    </>
  );
}
