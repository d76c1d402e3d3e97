// How long something lasts, in the words people say ("12分30秒", "1小时20分", "不到1分钟"), never only a clock face.
// Every screen's duration words come from here, so "2分33秒" reads the same on every page.

function parts(wholeSeconds: number): { h: number; m: number; s: number } {
  return { h: Math.floor(wholeSeconds / 3600), m: Math.floor((wholeSeconds % 3600) / 60), s: wholeSeconds % 60 };
}

/** Whole seconds, never negative; anything not a number counts as nothing. */
const whole = (seconds: number, round: (n: number) => number) =>
  Math.max(0, round(Number.isFinite(seconds) ? seconds : 0));

function words(total: number): string {
  const { h, m, s } = parts(total);
  if (h > 0) return m > 0 ? `${h}小时${m}分` : `${h}小时`;
  if (m > 0) return s > 0 ? `${m}分${s}秒` : `${m}分钟`;
  return `${s}秒`;
}

/**
 * A place in a recording, to the second: "12分30秒", "45秒", "1小时5分" (hours drop the seconds: nobody needs them
 * at that scale). Rounded down, because the listener has not heard the next second yet.
 */
export function spokenDuration(seconds: number): string {
  return words(whole(seconds, Math.floor));
}

/** A recording's length, in the same words, rounded to the nearest second ("59.6 s" is "1分钟"). */
export function spokenLength(seconds: number): string {
  return words(whole(seconds, Math.round));
}

/** Time spent, to the minute: "0分钟", "不到1分钟", "25分钟", "1小时20分" (a total, where seconds would be noise). */
export function roughDuration(seconds: number): string {
  const s = whole(seconds, Math.round);
  if (s === 0) return '0分钟';
  if (s < 60) return '不到1分钟';
  const { h, m } = parts(s);
  if (h === 0) return `${m}分钟`;
  return m === 0 ? `${h}小时` : `${h}小时${m}分`;
}

/** "12:30" or "1:02:05", for people used to clocks, beside (never instead of) the words. */
export function clockTime(seconds: number): string {
  const { h, m, s } = parts(whole(seconds, Math.floor));
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Whole minutes (service hours, a stay) in words, as the server's messages say them: "2小时45分". */
export { minutesWords } from '../../../contracts/time-words';
