// Dates in the words the screens use (docs/WORDS.md): months ("2026年11月"), days in a list ("今天", "11月23日 周一"),
// dates ("2026年12月1日 星期二") and moments ("2026年12月1日 星期二 上午9点30分"), never ISO or a 24-hour clock. Days are China days (YYYY-MM-DD, what the server counts in); moments are instants
// (ISO-8601 UTC from the server) said in China time, whatever clock the phone is set to.
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { hourMinuteWords } from '../../../contracts/time-words';

dayjs.extend(utc);

const CHINA_OFFSET_MINUTES = 8 * 60;
const SHORT_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const CHINA_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The month (YYYY-MM) of a China day, e.g. the last day of the server's week list. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** This month on the device's clock (China time is what the server uses; phones here are set to it). */
export function currentMonth(now: Date = new Date()): string {
  return dayjs(now).format('YYYY-MM');
}

export function shiftMonth(month: string, delta: number): string {
  return dayjs(`${month}-01`).add(delta, 'month').format('YYYY-MM');
}

/** "2026年3月", also for a year-month a person gave ("1966-08", a joining date). */
export function monthLabel(month: string): string {
  const [year, mon] = month.split('-');
  return `${year}年${Number(mon)}月`;
}

/** "今天", "昨天", or "11月23日 周一"; `today` is the newest day of the list. */
export function dayLabel(day: string, today: string): string {
  if (day === today) return '今天';
  const d = dayjs(day);
  if (dayjs(today).subtract(1, 'day').isSame(d, 'day')) return '昨天';
  return `${d.month() + 1}月${d.date()}日 ${SHORT_WEEKDAYS[d.day()]}`;
}

/** A China day as written (its own date, in any time zone), or an instant in China time. */
function inChina(when: string | Date): Dayjs {
  return typeof when === 'string' && CHINA_DAY.test(when) ? dayjs(when) : dayjs(when).utcOffset(CHINA_OFFSET_MINUTES);
}

/** "2026年12月1日": a day with its year and no weekday (a birthday, a certificate, a joining date). */
export function plainDateWords(when: string | Date): string {
  const d = inChina(when);
  return `${d.year()}年${d.month() + 1}月${d.date()}日`;
}

/** "2026年12月1日 星期二" */
export function dateWords(when: string | Date): string {
  return `${plainDateWords(when)} ${WEEKDAYS[inChina(when).day()]}`;
}

/** The time of day of an instant, in China time: "上午9点", "中午12点53分". */
export function timeWords(when: string | Date): string {
  const d = inChina(when);
  return hourMinuteWords(d.hour(), d.minute());
}

/** A typed wall-clock time ("09:30", what a time picker holds) in words: "上午9点30分"; anything else as it is. */
export function hhmmWords(hhmm: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  return match ? hourMinuteWords(Number(match[1]), Number(match[2])) : hhmm;
}

/** "2026年12月1日 星期二 上午9点": when something happens, as an elder would say it. */
export function dateTimeWords(when: string | Date): string {
  return `${dateWords(when)} ${timeWords(when)}`;
}

/** When something arrived, as near as an elder would say it: "今天 上午9点", "昨天 下午3点05分", else the whole date. */
export function sinceWords(when: string | Date, now: Date = new Date()): string {
  const d = inChina(when);
  const today = inChina(now);
  if (d.isSame(today, 'day')) return `今天 ${timeWords(when)}`;
  if (d.isSame(today.subtract(1, 'day'), 'day')) return `昨天 ${timeWords(when)}`;
  return dateTimeWords(when);
}

/** The instant of `hour` o'clock, China time, on the China day after `now`'s, whatever the phone's zone. */
export function tomorrowInChinaAt(hour: number, now: Date = new Date()): string {
  return dayjs(now).utcOffset(CHINA_OFFSET_MINUTES).add(1, 'day').startOf('day').hour(hour).toISOString();
}

const PICKED_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const PICKED_TIME = /^(\d{1,2})[:：](\d{2})$/;

/**
 * A day and a time as the pickers hold them ("2026-12-01", "09:00"), in China time, as an instant the server reads
 * ("2026-12-01T09:00:00+08:00"); null when either is not a real choice.
 */
export function chinaInstant(date: string, time: string): string | null {
  const d = PICKED_DATE.exec(date.trim());
  const t = PICKED_TIME.exec(time.trim());
  if (!d || !t) return null;
  const pad = (s: string) => s.padStart(2, '0');
  const iso = `${d[1]}-${pad(d[2])}-${pad(d[3])}T${pad(t[1])}:${t[2]}:00+08:00`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
