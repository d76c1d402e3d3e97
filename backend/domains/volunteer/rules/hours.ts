// Service hours from a check-in and a check-out: only the time served inside the shift counts, rounded to the
// nearest quarter hour (14:02–17:05 at a 14:00–17:00 shift is 3 hours), and a stay below the post's minimum share
// of the shift does not count at all. A walk-in (no shift) counts what was served, up to a day's cap.
// Rules and their reasons: docs/SERVICE-HOURS.md.

export const ROUND_TO_MINUTES = 15;
/** A walk-in record never counts more than this: nobody serves longer in one go, and a forgotten check-out closes here. */
export const WALK_IN_CAP_MINUTES = 8 * 60;
export const DEFAULT_MIN_SHARE = 0.6;
/** A correction may set a record to at most this many hours. */
export const MAX_RECORD_HOURS = 24;

export interface HoursDecision {
  /** Minutes credited (rounded), 0 when not counted. */
  minutes: number;
  /** Raw minutes served inside the shift (or since check-in, for a walk-in), before rounding. */
  servedMinutes: number;
  counted: boolean;
  /** For a shift: served / shift length (0–1). */
  share: number | null;
}

const minutesBetween = (a: number, b: number) => Math.max(0, Math.floor((b - a) / 60_000));

export function roundMinutes(minutes: number): number {
  return Math.round(minutes / ROUND_TO_MINUTES) * ROUND_TO_MINUTES;
}

export function hoursForRecord(
  stay: { checkInAt: Date; checkOutAt: Date },
  shift: { start: Date; end: Date } | null,
  minShare: number,
): HoursDecision {
  const inAt = stay.checkInAt.getTime();
  const outAt = stay.checkOutAt.getTime();
  if (!shift) {
    const served = Math.min(minutesBetween(inAt, outAt), WALK_IN_CAP_MINUTES);
    const minutes = roundMinutes(served);
    return { minutes, servedMinutes: served, counted: minutes > 0, share: null };
  }
  const from = Math.max(inAt, shift.start.getTime());
  const to = Math.min(outAt, shift.end.getTime());
  const served = to > from ? minutesBetween(from, to) : 0;
  const length = minutesBetween(shift.start.getTime(), shift.end.getTime());
  const share = length > 0 ? served / length : 0;
  const counted = served > 0 && share + 1e-9 >= minShare;
  return {
    minutes: counted ? Math.min(roundMinutes(served), length) : 0,
    servedMinutes: served,
    counted,
    share: Math.round(share * 1000) / 1000,
  };
}

/** When a forgotten check-out is closed by the system: the shift's end, or a walk-in's cap. */
export function autoCheckOutAt(checkInAt: Date, shift: { end: Date } | null): Date {
  return shift ? shift.end : new Date(checkInAt.getTime() + WALK_IN_CAP_MINUTES * 60_000);
}

/** Hours as shown: minutes / 60, two decimals at most (3, 2.75, 0.25); the one rule every hours figure uses. */
export { hoursOf } from '../../../../contracts/time-words';

/** Hours a manager typed → whole minutes; null when negative, not a number, or more than a day. */
export function minutesOfHours(hours: number): number | null {
  if (!Number.isFinite(hours) || hours < 0 || hours > MAX_RECORD_HOURS) return null;
  return Math.round(hours * 60);
}

/**
 * How long after a 签退 the volunteer may take it back herself. Long enough to notice a mistaken tap while still
 * on the result screen; short enough that no manager has looked at the record yet and the post's day goes on as
 * recorded. After it, a wrong check-out is fixed by 申请更正, which a manager answers.
 */
export const UNDO_CHECK_OUT_MINUTES = 5;

/** Whether a check-out at `checkOutAt` may still be undone at `now` (never one dated after now). */
export function canUndoCheckOut(checkOutAt: Date, now: Date): boolean {
  const since = now.getTime() - checkOutAt.getTime();
  return since >= 0 && since <= UNDO_CHECK_OUT_MINUTES * 60_000;
}

/**
 * The served minutes below which a stay does not count (what the early-签退 question names): for a shift, the
 * post's minimum share of its length; for a walk-in, what rounds to nothing (under half a quarter hour).
 */
export function minimumServedMinutes(shift: { start: Date; end: Date } | null, minShare: number): number {
  if (!shift) return Math.ceil(ROUND_TO_MINUTES / 2);
  const length = minutesBetween(shift.start.getTime(), shift.end.getTime());
  return Math.max(1, Math.ceil(length * minShare - 1e-9));
}
