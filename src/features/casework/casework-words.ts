// The 民情 screens' words and checks, pure: a visit form's mistakes all at once, a day and time picked on the phone
// as an instant in China time, and how long a case has been open with its 20/30-day flags in a sentence.
import { STAFF_WARNING_DAYS, STREET_FLAG_DAYS, type VisitCategory } from '../../../contracts/casework-names';
import type { CaseSummary } from '../../../contracts/casework';
import type { Problems } from '../../lib/form-problems';

const OFFSET_MS = 8 * 3600_000;

/** Today in China (YYYY-MM-DD), what the date picker's "latest" is. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The time now in China (HH:mm), the time box's first value. */
export function chinaNowHhmm(now: Date = new Date()): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** A day and a time picked on the phone, as the instant they name in China. */
export function chinaInstantOf(day: string, hhmm: string): string {
  return `${day}T${hhmm}:00+08:00`;
}

export interface VisitDraft {
  name: string;
  phone: string;
  categories: VisitCategory[];
  summary: string;
  done: string;
  day: string;
  time: string;
}

export type VisitField = 'name' | 'phone' | 'categories' | 'summary' | 'day';

/** Every mistake of a visit form at once, each beside its box; the server checks again. */
export function visitProblems(d: VisitDraft, now: Date = new Date()): Problems<VisitField> {
  const found: Problems<VisitField> = {};
  if (d.name.trim() === '') found.name = '请填写来访人的姓名。';
  const phone = d.phone.replace(/[\s-]/g, '');
  if (phone !== '' && !/^1[3-9]\d{9}$/.test(phone)) found.phone = '手机号应当是 11 位数字，例如 13905921234。';
  if (d.categories.length === 0) found.categories = '请至少选择一项反映的事情。';
  if (d.summary.trim() === '') found.summary = '请写下反映的情况。';
  if (d.day === '' || d.time === '') found.day = '请选择来访的日期和时间。';
  else if (Date.parse(chinaInstantOf(d.day, d.time)) > now.getTime() + 5 * 60_000)
    found.day = '来访时间不能晚于现在，请核对日期和时间。';
  return found;
}

/** "受理第20天" while open; "用了3天结案" once closed. */
export function daysWords(c: Pick<CaseSummary, 'days' | 'status'>): string {
  return c.status === 'open' ? `受理第${c.days}天` : `用了${c.days}天结案`;
}

/** The deadline flag of an open case in words, or null: the street's at 30 days, the staff's at 20. */
export function flagWords(
  c: Pick<CaseSummary, 'days' | 'status' | 'streetFlaggedAt' | 'staffWarnedAt'>,
): string | null {
  if (c.status !== 'open') return null;
  if (c.streetFlaggedAt) return `已满${STREET_FLAG_DAYS}天，已报街道`;
  // Before the hourly job has told the street: the days alone, never a report not yet made.
  if (c.days >= STREET_FLAG_DAYS) return `已满${STREET_FLAG_DAYS}天，请抓紧`;
  if (c.staffWarnedAt || c.days >= STAFF_WARNING_DAYS) return `已满${STAFF_WARNING_DAYS}天，请抓紧`;
  return null;
}
