// The words for a time of day and a length of time (docs/WORDS.md), said the same by the screens
// (src/entities/time) and the server's messages (backend/common): "中午12点53分", "2小时45分". No zod, no I/O, so
// both sides import it.

/** A wall-clock hour and minute in words: "凌晨5点30分", "上午9点", "中午12点05分", "下午3点", "晚上7点30分". */
export function hourMinuteWords(hour: number, minute: number): string {
  const part = hour < 6 ? '凌晨' : hour < 12 ? '上午' : hour < 13 ? '中午' : hour < 18 ? '下午' : '晚上';
  const shown = hour < 13 ? hour : hour - 12;
  return minute === 0 ? `${part}${shown}点` : `${part}${shown}点${String(minute).padStart(2, '0')}分`;
}

/** Whole minutes in words: "2小时45分", "2小时", "45分钟", "0分钟"; never "2.75 小时". */
export function minutesWords(minutes: number): string {
  const whole = Math.max(0, Math.round(Number.isFinite(minutes) ? minutes : 0));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m}分钟`;
  return m === 0 ? `${h}小时` : `${h}小时${m}分`;
}

/** Hours as a number from ledger minutes: minutes / 60, two decimals at most (3, 2.75, 0.25). */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
