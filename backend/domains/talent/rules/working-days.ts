// The match-rate rule: a request counts as matched in time when someone accepted it by the end of the 5th working
// day after the China day it was posted. Saturdays and Sundays are off; public holidays are not known here, so a
// week with one is judged as an ordinary week (a stricter target, never a looser one).
import type { MatchTiming } from '../../../../contracts/talent';
import { chinaDay, chinaInstant } from '../../../common/china-time';

export const MATCH_WORKING_DAYS = 5;
const DAY_MS = 86_400_000;

/** The end (China midnight) of the `days`-th working day after the day `postedAt` falls on in China. */
export function workingDeadline(postedAt: Date, days = MATCH_WORKING_DAYS): Date {
  let day = new Date(`${chinaDay(postedAt)}T00:00:00Z`);
  let counted = 0;
  while (counted < days) {
    day = new Date(day.getTime() + DAY_MS);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted += 1;
  }
  return chinaInstant(new Date(day.getTime() + DAY_MS).toISOString().slice(0, 10), '00:00');
}

/** In time, late (matched after the deadline, or not matched and the deadline passed), or still waiting. */
export function matchTiming(postedAt: Date, matchedAt: Date | null, now: Date): MatchTiming {
  const deadline = workingDeadline(postedAt).getTime();
  if (matchedAt !== null) return matchedAt.getTime() <= deadline ? 'in-time' : 'late';
  return now.getTime() < deadline ? 'waiting' : 'late';
}

/** The rate over many requests: `total` counts only those whose outcome is known. */
export function matchRateOf(timings: readonly MatchTiming[]): {
  withinFiveDays: number;
  total: number;
  waiting: number;
  percent: number | null;
} {
  const withinFiveDays = timings.filter((t) => t === 'in-time').length;
  const waiting = timings.filter((t) => t === 'waiting').length;
  const total = timings.length - waiting;
  return {
    withinFiveDays,
    total,
    waiting,
    percent: total === 0 ? null : Math.round((withinFiveDays / total) * 1000) / 10,
  };
}
