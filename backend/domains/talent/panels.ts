// The 驾驶舱's talentMatchRate: the percent of a subtree's requests matched within 5 working days of posting, over
// those whose outcome is known (rules/working-days.ts). `people` is the distinct posters of those requests. For the
// nightly rollup it also counts the whole tree at once (computeAll): every request with its unit's path, shared out.
import { bySubtree } from '../../dashboard/by-subtree';
import type { PanelFigure, PanelSource } from '../../dashboard/panel-source';
import { requestTimes, requestTimesByPath } from './queries/talent';
import { matchTiming, matchRateOf } from './rules/working-days';

function matchFigure(
  rows: readonly { created_at: string; matched_at: string | null; posted_by: number }[],
  asOf: Date,
): PanelFigure {
  const timed = rows.map((r) => ({
    poster: r.posted_by,
    timing: matchTiming(new Date(r.created_at), r.matched_at === null ? null : new Date(r.matched_at), asOf),
  }));
  const decided = timed.filter((t) => t.timing !== 'waiting');
  return {
    value: matchRateOf(timed.map((t) => t.timing)).percent,
    people: new Set(decided.map((t) => t.poster)).size,
  };
}

export const talentMatchRate: PanelSource = {
  key: 'talentMatchRate',
  unit: 'percent',
  async compute(db, scope, asOf) {
    return matchFigure(await requestTimes(db, scope.path, asOf.toISOString()), asOf);
  },
  async computeAll(db, units, asOf) {
    const shared = bySubtree(units, await requestTimesByPath(db, asOf.toISOString()), (r) => r.path);
    return new Map([...shared].map(([unitId, rows]) => [unitId, matchFigure(rows, asOf)]));
  },
};

export const TALENT_PANELS: readonly PanelSource[] = [talentMatchRate];
