// The months a panel counts in, in China time: "this month" is the month of the rollup's instant. Shared by every
// domain's panels.ts, so each counts the same month the same way.
import { chinaDay, chinaInstant } from '../common/china-time';

export interface Month {
  /** "2026-12" */
  key: string;
  /** "12月" (with the year when it is not the year of `asOf`: "2025年12月") */
  label: string;
  /** First and last China day, for YYYY-MM-DD columns. */
  fromDay: string;
  toDay: string;
  /** The instants that bound it, [from, to), for ISO timestamp columns. */
  fromAt: string;
  toAt: string;
}

function monthAt(year: number, month0: number, thisYear: number): Month {
  const y = year + Math.floor(month0 / 12);
  const m = ((month0 % 12) + 12) % 12;
  const key = `${y}-${String(m + 1).padStart(2, '0')}`;
  const nextY = m === 11 ? y + 1 : y;
  const nextKey = `${nextY}-${String(((m + 1) % 12) + 1).padStart(2, '0')}`;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return {
    key,
    label: y === thisYear ? `${m + 1}月` : `${y}年${m + 1}月`,
    fromDay: `${key}-01`,
    toDay: `${key}-${String(last).padStart(2, '0')}`,
    fromAt: chinaInstant(`${key}-01`, '00:00').toISOString(),
    toAt: chinaInstant(`${nextKey}-01`, '00:00').toISOString(),
  };
}

/** The last `count` China months ending with `asOf`'s, oldest first (the last is this month). */
export function lastMonths(asOf: Date, count: number): Month[] {
  const [y, m] = chinaDay(asOf).split('-').map(Number);
  const months: Month[] = [];
  for (let back = count - 1; back >= 0; back -= 1) months.push(monthAt(y, m - 1 - back, y));
  return months;
}

/** This month and the one before it. */
export function thisAndLastMonth(asOf: Date): { now: Month; before: Month } {
  const [before, now] = lastMonths(asOf, 2);
  return { now, before };
}
