// The casework decisions, pure: how many days a case has been open, when a visit or a step may be dated, when a case
// may close, which deadline messages are due, and whom the street's flag goes to.
import { chinaDay } from '../../../common/china-time';
import { isWithin } from '../../../common/org-paths';
import { STAFF_WARNING_DAYS, STREET_FLAG_DAYS } from '../../../../contracts/casework';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A phone's clock a little ahead of the server's is not "the future". */
const CLOCK_SLACK_MS = 5 * 60 * 1000;
/** Paper records older than this are not typed in here; a date before it is a typing mistake. */
const EARLIEST = '2000-01-01T00:00:00.000Z';

/** Whole China days from `from` to `to` (0 on the same day): "受理第 N 天". */
export function daysBetween(from: string, to: Date): number {
  const a = Date.parse(`${chinaDay(new Date(from))}T00:00:00Z`);
  const b = Date.parse(`${chinaDay(to)}T00:00:00Z`);
  return Math.max(0, Math.round((b - a) / DAY_MS));
}

/** Days since 受理 of an open case, or the days it stayed open once closed. */
export function caseDays(c: { accepted_at: string; closed_at: string | null }, now: Date): number {
  return daysBetween(c.accepted_at, c.closed_at ? new Date(c.closed_at) : now);
}

/** Why a moment cannot be what `what` happened at, or null: never in the future, never before 2000. */
export function pastMomentProblem(what: string, at: string, now: Date): string | null {
  if (Date.parse(at) > now.getTime() + CLOCK_SLACK_MS) return `${what}不能晚于现在，请核对日期和时间。`;
  if (at < EARLIEST) return `${what}太早了，请核对年份。`;
  return null;
}

/** A step or 回访 of a case: in the past, and not before the case was accepted (受理). */
export function caseMomentProblem(what: string, at: string, acceptedAt: string, now: Date): string | null {
  const past = pastMomentProblem(what, at, now);
  if (past) return past;
  if (chinaDay(new Date(at)) < chinaDay(new Date(acceptedAt))) return `${what}不能早于受理的日期，请核对日期。`;
  return null;
}

/** Why the case cannot take a change, or null: a closed case is final. */
export function openCaseProblem(status: 'open' | 'closed'): string | null {
  return status === 'closed' ? '这件纠纷已经结案了，不能再修改。' : null;
}

/** Why the case cannot close now, or null: it is open and its 回访 is logged (the 卷宗 needs the 回访记录). */
export function closeProblem(status: 'open' | 'closed', followUps: number): string | null {
  return (
    openCaseProblem(status) ?? (followUps === 0 ? '结案前要先做回访：请先记下回访的时间和当事人的意见，再结案。' : null)
  );
}

export interface DeadlineState {
  accepted_at: string;
  status: 'open' | 'closed';
  staff_warned_at: string | null;
  street_flagged_at: string | null;
}

/** Which deadline messages are due now, each once: the staff's at 20 days, the street's at 30. */
export function deadlinesDue(c: DeadlineState, now: Date): { warnStaff: boolean; flagStreet: boolean } {
  if (c.status !== 'open') return { warnStaff: false, flagStreet: false };
  const days = daysBetween(c.accepted_at, now);
  return {
    warnStaff: days >= STAFF_WARNING_DAYS && c.staff_warned_at === null,
    flagStreet: days >= STREET_FLAG_DAYS && c.street_flagged_at === null,
  };
}

/**
 * Who is told of a case flagged to the street: the officials granted on the street itself, or when it has none,
 * those of the nearest unit above it that has some (a district or the city), so a flag never goes nowhere.
 */
export function streetRecipients(
  streetPath: string,
  officials: readonly { personId: number; orgPath: string }[],
): number[] {
  const above = officials.filter((o) => isWithin(streetPath, o.orgPath));
  if (above.length === 0) return [];
  const nearest = Math.max(...above.map((o) => o.orgPath.length));
  return [...new Set(above.filter((o) => o.orgPath.length === nearest).map((o) => o.personId))];
}
