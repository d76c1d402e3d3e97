// Dates in the words the screens use: months ("2026年11月"), days ("今天", "11月23日 周一") and moments
// ("12月1日 星期二 上午9:00"). Days are China days (YYYY-MM-DD, what the server counts in); moments are instants
// (ISO-8601 UTC from the server) said in China time, whatever clock the phone is set to.
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

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

/** "2026年3月" */
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

/** "12月1日 星期二" */
export function dateWords(when: string | Date): string {
  const d = inChina(when);
  return `${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]}`;
}

/** The part of the day in words and a 12-hour clock: "凌晨5:30", "上午9:00", "中午12:30", "下午3:05", "晚上7:30". */
export function timeWords(when: string | Date): string {
  const d = inChina(when);
  const h = d.hour();
  const minutes = String(d.minute()).padStart(2, '0');
  if (h < 6) return `凌晨${h}:${minutes}`;
  if (h < 12) return `上午${h}:${minutes}`;
  if (h < 13) return `中午${h}:${minutes}`;
  return `${h < 18 ? '下午' : '晚上'}${h - 12}:${minutes}`;
}

/** "12月1日 星期二 上午9:00": when something happens, as an elder would say it. */
export function dateTimeWords(when: string | Date): string {
  return `${dateWords(when)} ${timeWords(when)}`;
}

/**
 * When something arrived, as near as an elder would say it: "今天 上午9:00", "昨天 下午3:05", "12月1日 星期二 上午9:00",
 * and the year too once it is not this year ("2025年12月1日 星期一 上午9:00"). Days are China days.
 */
export function sinceWords(when: string | Date, now: Date = new Date()): string {
  const d = inChina(when);
  const today = inChina(now);
  if (d.isSame(today, 'day')) return `今天 ${timeWords(when)}`;
  if (d.isSame(today.subtract(1, 'day'), 'day')) return `昨天 ${timeWords(when)}`;
  const year = d.year() === today.year() ? '' : `${d.year()}年`;
  return `${year}${dateTimeWords(when)}`;
}

/** The instant of `hour` o'clock, China time, on the China day after `now`'s, whatever the phone's zone. */
export function tomorrowInChinaAt(hour: number, now: Date = new Date()): string {
  return dayjs(now).utcOffset(CHINA_OFFSET_MINUTES).add(1, 'day').startOf('day').hour(hour).toISOString();
}
