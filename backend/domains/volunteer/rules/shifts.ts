// Weekly shifts in China time (UTC+8, no daylight saving): when an occurrence starts and ends, which occurrences
// are coming, and whether a check-in falls in a shift's window (± 30 minutes by default, set per post).
import { chinaDay, chinaInstant } from '../../../common/china-time';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_WINDOW_MINUTES = 30;

export interface WeeklyShift {
  id: number;
  weekday: number; // 1 = Monday … 7 = Sunday
  starts: string; // "HH:MM"
  ends: string;
}

export interface Occurrence {
  shiftId: number;
  occursOn: string; // YYYY-MM-DD, China date
  start: Date;
  end: Date;
}

const HHMM = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

export function isTimeOfDay(s: string): boolean {
  return HHMM.test(s);
}

/** ISO weekday (1 = Monday) of a China date. */
export function chinaWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function occurrenceOn(shift: WeeklyShift, occursOn: string): Occurrence | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(occursOn) || Number.isNaN(Date.parse(`${occursOn}T00:00:00Z`))) return null;
  if (chinaWeekday(occursOn) !== shift.weekday) return null;
  return {
    shiftId: shift.id,
    occursOn,
    start: chinaInstant(occursOn, shift.starts),
    end: chinaInstant(occursOn, shift.ends),
  };
}

/** The shift's occurrences that end after `from`, for `days` days, soonest first. */
export function upcomingOccurrences(shift: WeeklyShift, from: Date, days: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = 0; i < days; i += 1) {
    const o = occurrenceOn(shift, chinaDay(new Date(from.getTime() + i * DAY_MS)));
    if (o && o.end.getTime() > from.getTime()) out.push(o);
  }
  return out;
}

/** Whether `at` is inside [start − window, end + window]. */
export function inWindow(o: Pick<Occurrence, 'start' | 'end'>, at: Date, windowMinutes: number): boolean {
  const w = windowMinutes * 60_000;
  return at.getTime() >= o.start.getTime() - w && at.getTime() <= o.end.getTime() + w;
}

/** Of the occurrences a person signed up for, the one a check-in at `at` belongs to (nearest start), or null. */
export function occurrenceForCheckIn<T extends Pick<Occurrence, 'start' | 'end'>>(
  signedUp: readonly T[],
  at: Date,
  windowMinutes: number,
): T | null {
  const candidates = signedUp.filter((o) => inWindow(o, at, windowMinutes));
  candidates.sort((a, b) => Math.abs(a.start.getTime() - at.getTime()) - Math.abs(b.start.getTime() - at.getTime()));
  return candidates[0] ?? null;
}

/** When the evening-before reminder goes: 19:00 China time the day before the occurrence. */
export function reminderTime(occursOn: string): Date {
  return new Date(chinaInstant(occursOn, '19:00').getTime() - DAY_MS);
}
