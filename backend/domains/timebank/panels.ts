// The time bank's 驾驶舱 panels: hours delivered (confirmed visits), coverage (spendable hours held ÷ hours delivered)
// and pool use, each for the viewer's subtree this month, with the last 12 months.
import type { PanelFigure, PanelSource } from '../../dashboard/panel-source';
import { chinaDay } from '../../common/china-time';
import { coverageMinutes, deliveredMinutes, poolUseMinutes } from './queries/figures';
import { coverageRatio, hoursOf, monthsEnding } from './rules/coverage';

const months = (asOf: Date) => monthsEnding(chinaDay(asOf).slice(0, 7), 12);

export const timebankHours: PanelSource = {
  key: 'timebankHours',
  unit: 'hours',
  async compute(db, scope, asOf): Promise<PanelFigure> {
    const series = [];
    for (const m of months(asOf)) {
      const d = await deliveredMinutes(db, scope.path, m);
      series.push({ label: m, value: hoursOf(d.minutes), people: d.helpers });
    }
    const last = series[series.length - 1];
    return { value: last.value, people: last.people, previous: series[series.length - 2]?.value ?? null, series };
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
    const last = series[series.length - 1];
    return { value: last.value, people: last.people, previous: series[series.length - 2]?.value ?? null, series };
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
    const last = series[series.length - 1];
    return { value: last.value, people: last.people, previous: series[series.length - 2]?.value ?? null, series };
  },
};

export const TIMEBANK_PANELS: readonly PanelSource[] = [timebankHours, timebankCoverage, timebankPoolUse];
