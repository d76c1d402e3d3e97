// What makes a help request acceptable, whoever opens it (the time bank, the casework): a service of the catalogue
// under its own area, and a window that has not begun, ends after it starts and lasts at most a working day. Pure.
import { TIMEBANK_AREAS, TIMEBANK_SERVICES, type TimebankArea } from '../../contracts/timebank';

/** One visit is at most this long; longer help is several requests. */
export const MAX_WINDOW_HOURS = 8;
/** How far ahead a request may be made. */
export const MAX_DAYS_AHEAD = 90;

export interface HelpRequestWindow {
  category: string;
  service: string;
  startsAt: string;
  endsAt: string;
}

/** Null when the request may be opened at `now`, else the sentence that says why not. */
export function helpRequestProblem(r: HelpRequestWindow, now: Date): string | null {
  if (!(TIMEBANK_AREAS as readonly string[]).includes(r.category)) return '请选择要哪一类帮助。';
  if (!TIMEBANK_SERVICES[r.category as TimebankArea].includes(r.service)) return '这项帮助不在服务目录里，请重新选择。';
  const starts = Date.parse(r.startsAt);
  const ends = Date.parse(r.endsAt);
  if (Number.isNaN(starts) || Number.isNaN(ends)) return '时间不对，请重新选择。';
  if (starts <= now.getTime()) return '这个时间已经过去了，请选一个以后的时间。';
  if (ends <= starts) return '结束时间要晚于开始时间。';
  if (ends - starts > MAX_WINDOW_HOURS * 3600_000) return `一次帮助最长 ${MAX_WINDOW_HOURS} 小时，请分成几次申请。`;
  if (starts - now.getTime() > MAX_DAYS_AHEAD * 86_400_000) return `只能申请 ${MAX_DAYS_AHEAD} 天以内的帮助。`;
  return null;
}

/** The minutes a window lasts: what the elder spends at most for it. */
export function windowMinutes(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000);
}
