// Listening time said as a sentence: "本周听了 1小时20分", or plainly that nothing was heard. Under a minute it says
// the seconds ("听了 25秒"): "不到1分钟" beside a full bar read as if a whole day's listening were missing.
// A month's words name the month: "本月" only while it is still going, so October viewed in November says "2025年10月".
import { roughDuration, spokenDuration } from '../../entities/time/durations';
import { currentMonth, monthLabel } from '../../entities/time/calendar';

/** How much was heard: "25秒", "12分钟", "1小时20分". */
export function listenedAmount(seconds: number): string {
  return seconds > 0 && seconds < 60 ? spokenDuration(seconds) : roughDuration(seconds);
}

/** "本周听了 1小时20分", or "本周还没有听书" — never "听了 0分钟". */
export function listeningSentence(period: string, seconds: number): string {
  return seconds > 0 ? `${period}听了 ${listenedAmount(seconds)}` : `${period}还没有听书`;
}

/** A day's bar is full at this much listening, so a short day shows a short bar (not full because it was the longest). */
export const FULL_BAR_SECONDS = 30 * 60;

/** The bar's length, 0–100 (%), for a day's listening. */
export function barPercent(seconds: number, longestOfWeek: number): number {
  const full = Math.max(FULL_BAR_SECONDS, longestOfWeek);
  return seconds > 0 ? Math.max(2, Math.round((seconds / full) * 100)) : 0;
}

/** "本月" for the month still going, else "2025年10月". */
export function monthName(month: string, now: string = currentMonth()): string {
  return month === now ? '本月' : monthLabel(month);
}

/** One person's month with nothing heard: "本月还没有听书" (it may still come), or "2025年10月没有听书" (it is over). */
export function noListeningWords(month: string, now: string = currentMonth()): string {
  return month === now ? '本月还没有听书' : `${monthLabel(month)}没有听书`;
}

/** A branch's month with nobody listening. */
export function nobodyListenedWords(month: string, now: string = currentMonth()): string {
  return month === now ? '本月还没有人听书' : `${monthLabel(month)}没有人听书`;
}

/** Under the month's totals: how many did not listen, and where to find them. */
export function notListenedSentence(count: number, month: string, now: string = currentMonth()): string {
  return month === now
    ? `本月还有 ${count} 人没有听书，名单在下面最后，可以提醒他们来听。`
    : `${monthLabel(month)}有 ${count} 人没有听书，名单在下面最后。`;
}
