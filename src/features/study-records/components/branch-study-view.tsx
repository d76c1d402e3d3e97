// 支部学习情况: a month of one unit's study, and for a wider unit its 下属单位 to step down into (and back up, never above
// the viewer's own top unit). The server decides who may see what; a refusal is shown in its own words.
import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import type { OrgUnit, User } from '../../../../contracts/account';
import type { StudyStats } from '../../../../contracts/audiobooks';
import { BigButton } from '../../../components/big-button';
import { StateView } from '../../../components/state-view';
import { leavePage, TAB_ROUTES } from '../../../lib/routes';
import { placeSentence, upLabel } from '../../../entities/org/org-trail';
import { useOrgTrail } from '../../../entities/org/use-org-trail';
import { useRemote } from '../../../entities/remote/use-remote';
import { currentMonth, shiftMonth } from '../../../entities/time/calendar';
import { getStudyStats } from '../api/get-study-stats';
import { sortMembers, summariseBranches } from '../branch-summary';
import { defaultStudyScope } from '../study-scope';
import { BranchList } from './branch-list';
import { ChildUnitList } from './child-unit-list';
import { MemberStudyList } from './member-study-list';
import { MonthSwitcher } from './month-switcher';
import { StudyTotals } from './study-totals';
import { UnitHeading } from './unit-heading';
import './branch-study.scss';

/** A new unit starts at the top of the screen, where its name and the way back are. */
function toTop(): void {
  void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
}

export function BranchStudyView({ viewer }: { viewer: Pick<User, 'grants' | 'orgUnitId'> }) {
  const latest = useMemo(() => currentMonth(), []);
  const [month, setMonth] = useState(latest);
  const tree = useOrgTrail(defaultStudyScope(viewer).orgUnitId);
  const { unitId } = tree;
  const stats = useRemote(() => getStudyStats(unitId, month), [unitId, month]);
  const load = stats.state;

  if (load.status === 'error' && load.code === 'FORBIDDEN') {
    // Trying again or another month will not help: say why and offer the way back.
    return (
      <StateView
        kind='error'
        title='您不能查看这里'
        message={load.message}
        retryLabel='返回我的'
        onRetry={() => leavePage(TAB_ROUTES.mine)}
      />
    );
  }

  const open = (unit: OrgUnit) => {
    tree.open(unit);
    toTop();
  };
  const goUp = () => {
    tree.goUp();
    toTop();
  };
  const back = upLabel(tree.trail);
  const name = tree.shown?.name ?? (load.status === 'ready' ? load.data.orgUnitName : null);
  const children = tree.children.state;
  return (
    <>
      {name ? <UnitHeading name={name} sentence={placeSentence(tree.trail)} /> : null}
      {back ? (
        <BigButton icon='↑' onClick={goUp}>
          {back}
        </BigButton>
      ) : null}
      <MonthSwitcher
        month={month}
        latest={latest}
        busy={load.status === 'loading'}
        onChange={(from, delta) => setMonth(shiftMonth(from, delta))}
      />
      {load.status === 'loading' ? <StateView kind='loading' message='正在统计这个月的学习情况，请稍等。' /> : null}
      {load.status === 'error' ? (
        <StateView kind='error' title='没能打开学习情况' message={load.message} onRetry={stats.retry} />
      ) : null}
      {load.status === 'ready' ? (
        <>
          <StudyTotals stats={load.data} />
          {children.status === 'ready' && children.data.units.length > 0 ? (
            <ChildUnitList units={children.data.units} month={month} onOpen={open} />
          ) : null}
          {children.status === 'loading' ? <StateView kind='loading' message='正在列出下属单位，请稍等。' /> : null}
          {children.status === 'error' ? (
            <StateView kind='error' title='没能列出下属单位' message={children.message} onRetry={tree.children.retry} />
          ) : null}
          <UnitMembers stats={load.data} />
        </>
      ) : null}
    </>
  );
}

/** Everyone counted in the unit: by branch when it covers more than one, then person by person. */
function UnitMembers({ stats }: { stats: StudyStats }) {
  const branches = summariseBranches(stats.members);
  const wide = branches.length > 1;
  return (
    <>
      {wide ? <BranchList branches={branches} month={stats.month} /> : null}
      {stats.members.length > 0 ? (
        <MemberStudyList
          key={`${stats.orgUnitId}-${stats.month}`}
          members={sortMembers(stats.members)}
          month={stats.month}
          showBranch={wide}
        />
      ) : (
        <StateView kind='empty' title='这里还没有党员' message='这个单位下面还没有登记党员，所以没有学习情况可看。' />
      )}
    </>
  );
}
