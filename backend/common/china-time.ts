// China time (UTC+8, no daylight saving), whatever the server's zone: the days the server counts in, instants of a
// China wall-clock time, and moments said the way an elder says them ("2026年12月1日 星期二 上午9点", docs/WORDS.md). The front end says
// the same words in src/entities/time/calendar.ts (it cannot import the server).
import { hourMinuteWords } from '../../contracts/time-words';

const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/**
 * The instant moved so that its UTC fields read China's wall clock: also what a spreadsheet's date cell holds, as
 * a cell has no zone and is read as the wall clock it shows.
 */
export const onChinaClock = (at: Date | string) => new Date(new Date(at).getTime() + OFFSET_MS);

/** The China day (YYYY-MM-DD) of an instant: study records and service hours are counted per China day. */
export function chinaDay(at: Date): string {
  return onChinaClock(at).toISOString().slice(0, 10);
}

/** The last `count` China days ending with `at`'s day, oldest first. */
export function lastChinaDays(at: Date, count: number): string[] {
  const days: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) days.push(chinaDay(new Date(at.getTime() - i * DAY_MS)));
  return days;
}

/** First and last day strings of a month "YYYY-MM", for range queries over YYYY-MM-DD text. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${month}-31` };
}

/** The instant of a China wall-clock time ("HH:MM") on a China date. */
export function chinaInstant(day: string, hhmm: string): Date {
  return new Date(Date.parse(`${day}T${hhmm}:00.000Z`) - OFFSET_MS);
}

/** The next instant after `now` that China's wall clock reads `hhmm` ("02:00"): today's if still to come, else tomorrow's. */
export function nextChinaTime(now: Date, hhmm: string): Date {
  const today = chinaInstant(chinaDay(now), hhmm);
  return today.getTime() > now.getTime() ? today : new Date(today.getTime() + DAY_MS);
}

/** Days since the epoch in China time, for "today"/"tomorrow" comparisons. */
const chinaDayNumber = (at: Date | string) => Math.floor(onChinaClock(at).getTime() / DAY_MS);

/** The time of day of an instant in China: "下午2点02分". */
export function clockWords(at: Date | string): string {
  const d = onChinaClock(at);
  return hourMinuteWords(d.getUTCHours(), d.getUTCMinutes());
}

/** "2026年12月1日": a day with its year, as printed on paper that outlives the year. */
export function chinaDateWords(at: Date | string): string {
  const d = onChinaClock(at);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** "2026年12月1日 星期二 上午9点" */
export function chinaDateTimeWords(at: Date | string): string {
  const d = onChinaClock(at);
  return `${chinaDateWords(at)} ${WEEKDAYS[d.getUTCDay()]} ${clockWords(at)}`;
}

/** "明天上午9点" / "今天下午3点" / "2026年12月1日 星期二 上午9点": a start as seen from `now`, in China days. */
export function timeOfDayWords(at: Date | string, now: Date): string {
  const full = chinaDateTimeWords(at);
  const time = clockWords(at);
  const diff = chinaDayNumber(at) - chinaDayNumber(now);
  if (diff === 0) return `今天${time}`;
  if (diff === 1) return `明天${time}`;
  return full;
}
