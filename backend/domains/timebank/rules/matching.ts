// Matching a request to helpers: community distance from the materialised org paths, the service offered, and
// whether the window falls in the helper's free time. Pure; lower is better.
import { URGENCIES, type Urgency } from '../../../../contracts/timebank';
import { onChinaClock } from '../../../common/china-time';
import { pathIds } from '../../../common/org-paths';

/** Steps up and down the org tree from one unit to the other: 0 the same branch, 2 sister branches, … */
export function treeDistance(a: string, b: string): number {
  const x = pathIds(a);
  const y = pathIds(b);
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common += 1;
  return x.length - common + (y.length - common);
}

/** The distance in words, as the helper's list shows it. */
export function distanceWords(distance: number): string {
  if (distance === 0) return '同一个支部';
  if (distance <= 2) return '同一个社区';
  if (distance <= 4) return '同一个街道';
  return '离您较远';
}

export interface Slot {
  weekday: number;
  from: string;
  to: string;
}

/** Whether the China-time window lies inside one of the slots (weekday 1 = Monday … 7 = Sunday). */
export function fitsAvailability(slots: readonly Slot[], startsAt: string, endsAt: string): boolean {
  const s = onChinaClock(startsAt);
  const e = onChinaClock(endsAt);
  const weekday = s.getUTCDay() === 0 ? 7 : s.getUTCDay();
  const hhmm = (d: Date) => d.toISOString().slice(11, 16);
  if (s.toISOString().slice(0, 10) !== e.toISOString().slice(0, 10)) return false;
  return slots.some((slot) => slot.weekday === weekday && slot.from <= hhmm(s) && hhmm(e) <= slot.to);
}

export interface MatchFacts {
  helperPath: string;
  elderPath: string;
  offered: readonly string[];
  slots: readonly Slot[];
  service: string;
  startsAt: string;
  endsAt: string;
  urgency: Urgency;
}

/** A request's rank for a helper; null when the helper does not offer the service. Urgent first, then near, then free. */
export function matchScore(f: MatchFacts): number | null {
  if (!f.offered.includes(f.service)) return null;
  const urgency = URGENCIES.length - 1 - URGENCIES.indexOf(f.urgency);
  const free = fitsAvailability(f.slots, f.startsAt, f.endsAt) ? 0 : 1;
  return urgency * 100 + treeDistance(f.helperPath, f.elderPath) * 10 + free;
}
