// Coverage: the hours members hold that they may spend, against the hours actually delivered in the month. Above
// the target the bank's promise can be kept; below 1 saved hours could not all be drawn ("易存难兑"). Pure.
import { COVERAGE_TARGET } from '../../../../contracts/timebank';

export function coverageRatio(heldMinutes: number, deliveredMinutes: number): number | null {
  if (deliveredMinutes <= 0) return null;
  return Math.round((heldMinutes / deliveredMinutes) * 100) / 100;
}

export function coverageFlag(ratio: number | null): 'red' | 'amber' | 'green' | 'none' {
  if (ratio === null) return 'none';
  if (ratio < 1) return 'red';
  return ratio < COVERAGE_TARGET ? 'amber' : 'green';
}

/** The months ending with `month` (YYYY-MM), oldest first. */
export function monthsEnding(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/** Hours from ledger minutes, to two decimals: the one rule every hours figure uses. */
export { hoursOf } from '../../../../contracts/time-words';
