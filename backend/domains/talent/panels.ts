// The 驾驶舱's talentMatchRate: the percent of a subtree's requests matched within 5 working days of posting, over
// those whose outcome is known (rules/working-days.ts). `people` is the distinct posters of those requests.
import type { PanelSource } from '../../dashboard/panel-source';
import { requestTimes } from './queries/talent';
import { matchTiming, matchRateOf } from './rules/working-days';

export const talentMatchRate: PanelSource = {
  key: 'talentMatchRate',
  unit: 'percent',
  async compute(db, scope, asOf) {
    const rows = await requestTimes(db, scope.path, asOf.toISOString());
    const timed = rows.map((r) => ({
      poster: r.posted_by,
      timing: matchTiming(new Date(r.created_at), r.matched_at === null ? null : new Date(r.matched_at), asOf),
    }));
    const decided = timed.filter((t) => t.timing !== 'waiting');
    return {
      value: matchRateOf(timed.map((t) => t.timing)).percent,
      people: new Set(decided.map((t) => t.poster)).size,
    };
  },
};

export const TALENT_PANELS: readonly PanelSource[] = [talentMatchRate];
