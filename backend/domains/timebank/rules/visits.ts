// A visit's counter-signature: who may confirm or dispute it, until when, and the minutes it counts. Pure.
import { CONFIRM_WINDOW_HOURS } from '../../../../contracts/timebank';

/** A stay shorter than this is not a visit worth hours. */
export const MIN_VISIT_MINUTES = 10;
/**
 * The minutes between the scans, counted from the window's start when the helper came early, at most the window
 * asked for plus an hour (a visit may run over), and never over 8 hours.
 */
export function countedMinutes(checkInAt: string, checkOutAt: string, startsAt: string, windowMinutes: number): number {
  const from = Math.max(Date.parse(checkInAt), Date.parse(startsAt));
  const measured = Math.floor((Date.parse(checkOutAt) - from) / 60_000);
  return Math.max(0, Math.min(measured, windowMinutes + 60, 8 * 60));
}

export function confirmDeadline(checkOutAt: string): string {
  return new Date(Date.parse(checkOutAt) + CONFIRM_WINDOW_HOURS * 3600_000).toISOString();
}

export type Confirmer = 'elder' | 'relative' | 'secretary';

export interface ConfirmFacts {
  callerId: number;
  helperId: number;
  elderId: number;
  isRelative: boolean;
  /** The caller is a secretary (or admin) whose subtree holds the elder. */
  isSecretary: boolean;
}

/** Who the caller is to this visit when confirming or disputing; a sentence when they may not. */
export function confirmerOf(f: ConfirmFacts): Confirmer | { refused: string } {
  if (f.callerId === f.helperId)
    return { refused: '这次服务是您自己做的，要由受助的老人或家人来确认，您不能自己确认。' };
  if (f.callerId === f.elderId) return 'elder';
  if (f.isRelative) return 'relative';
  if (f.isSecretary) return 'secretary';
  return { refused: '只有受助的老人、他的家人或支部书记可以确认这次服务。' };
}

/** Past the 72 hours, a visit can no longer be confirmed: its hours are not credited. */
export function confirmWindowOpen(confirmBy: string | null, now: Date): boolean {
  return confirmBy !== null && now.getTime() <= Date.parse(confirmBy);
}

/** "还有2天5小时可以确认" */
export function timeLeftWords(confirmBy: string, now: Date): string {
  const left = Math.max(0, Date.parse(confirmBy) - now.getTime());
  const hours = Math.floor(left / 3600_000);
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  if (hours === 0) return '不到1小时就过期了，请尽快确认';
  return days > 0 ? `还有${days}天${rest > 0 ? `${rest}小时` : ''}可以确认` : `还有${rest}小时可以确认`;
}
