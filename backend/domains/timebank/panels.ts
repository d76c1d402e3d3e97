// The time bank's 驾驶舱 panels: hours delivered (confirmed visits), coverage (spendable hours held ÷ hours delivered)
// and pool use, each for the viewer's subtree this month, with the last 12 months. For the nightly rollup each also
// counts the whole tree at once (computeAll): the same sums per org path, and the distinct helpers or elders as
// sets, shared out to every unit above the path.
import type { PanelFigure, PanelPoint, PanelScope, PanelSource } from '../../dashboard/panel-source';
import { breathe } from '../../dashboard/breathe';
import { bySubtree, sumOf } from '../../dashboard/by-subtree';
import { chinaDay } from '../../common/china-time';
import {
  coverageMinutes,
  deliveredByPath,
  deliveredMinutes,
  heldByPath,
  poolUseByPath,
  poolUseMinutes,
} from './queries/figures';
import { coverageRatio, hoursOf, monthsEnding } from './rules/coverage';

const months = (asOf: Date) => monthsEnding(chinaDay(asOf).slice(0, 7), 12);

/** The panel's figure from its 12 points: this month's, the month before's. */
function figureOf(series: PanelPoint[]): PanelFigure {
  const last = series[series.length - 1];
  return { value: last.value, people: last.people, previous: series[series.length - 2]?.value ?? null, series };
}

/** Per unit and month: the minutes of `rows` and how many distinct `who` (ignoring none) they come from. */
function perMonth<R extends { path: string; month: string; minutes: number }>(
  units: readonly PanelScope[],
  rows: readonly R[],
  who: (row: R) => number | null,
): Map<number, Map<string, { minutes: number; people: number }>> {
  const out = new Map<number, Map<string, { minutes: number; people: number }>>();
  for (const [unitId, own] of bySubtree(units, rows, (r) => r.path)) {
    const byMonth = new Map<string, { minutes: number; people: Set<number> }>();
    for (const r of own) {
      const m = byMonth.get(r.month) ?? { minutes: 0, people: new Set<number>() };
      m.minutes += r.minutes;
      const person = who(r);
      if (person !== null) m.people.add(person);
      byMonth.set(r.month, m);
    }
    out.set(unitId, new Map([...byMonth].map(([month, m]) => [month, { minutes: m.minutes, people: m.people.size }])));
  }
  return out;
}

const none = { minutes: 0, people: 0 };

export const timebankHours: PanelSource = {
  key: 'timebankHours',
  unit: 'hours',
  async compute(db, scope, asOf): Promise<PanelFigure> {
    const series = [];
    for (const m of months(asOf)) {
      const d = await deliveredMinutes(db, scope.path, m);
      series.push({ label: m, value: hoursOf(d.minutes), people: d.helpers });
    }
    return figureOf(series);
  },
  async computeAll(db, units, asOf) {
    const ms = months(asOf);
    const delivered = perMonth(units, await deliveredByPath(db, ms), (r) => r.helper);
    return new Map(
      units.map((u) => {
        const own = delivered.get(u.unitId);
        return [
          u.unitId,
          figureOf(
            ms.map((m) => {
              const d = own?.get(m) ?? none;
              return { label: m, value: hoursOf(d.minutes), people: d.people };
            }),
          ),
        ];
      }),
    );
  },
};

export const timebankCoverage: PanelSource = {
  key: 'timebankCoverage',
  unit: 'ratio',
  async compute(db, scope, asOf): Promise<PanelFigure> {
    const series = [];
    for (const m of months(asOf)) {
      const c = await coverageMinutes(db, scope.path, m);
      const d = await deliveredMinutes(db, scope.path, m);
      series.push({ label: m, value: coverageRatio(c.held, c.delivered), people: d.helpers });
    }
    return figureOf(series);
  },
  async computeAll(db, units, asOf) {
    const ms = months(asOf);
    const delivered = perMonth(units, await deliveredByPath(db, ms), (r) => r.helper);
    const held = new Map<string, Map<number, number>>();
    for (const m of ms) {
      await breathe(); // twelve whole-tree counts in a row: let the host answer between them
      const shared = bySubtree(units, await heldByPath(db, m), (r) => r.path);
      held.set(m, new Map([...shared].map(([unitId, rows]) => [unitId, sumOf(rows, (r) => r.minutes)])));
    }
    return new Map(
      units.map((u) => [
        u.unitId,
        figureOf(
          ms.map((m) => {
            const d = delivered.get(u.unitId)?.get(m) ?? none;
            return {
              label: m,
              value: coverageRatio(held.get(m)?.get(u.unitId) ?? 0, d.minutes),
              people: d.people,
            };
          }),
        ),
      ]),
    );
  },
};

export const timebankPoolUse: PanelSource = {
  key: 'timebankPoolUse',
  unit: 'hours',
  async compute(db, scope, asOf): Promise<PanelFigure> {
    const series = [];
    for (const m of months(asOf)) {
      const p = await poolUseMinutes(db, scope.path, m);
      series.push({ label: m, value: hoursOf(p.minutes), people: p.elders });
    }
    return figureOf(series);
  },
  async computeAll(db, units, asOf) {
    const ms = months(asOf);
    const used = perMonth(units, await poolUseByPath(db, ms), (r) => r.elder);
    return new Map(
      units.map((u) => [
        u.unitId,
        figureOf(
          ms.map((m) => {
            const p = used.get(u.unitId)?.get(m) ?? none;
            return { label: m, value: hoursOf(p.minutes), people: p.people };
          }),
        ),
      ]),
    );
  },
};

export const TIMEBANK_PANELS: readonly PanelSource[] = [timebankHours, timebankCoverage, timebankPoolUse];
