// How long something lasted, in the words people say (docs/WORDS.md): "2小时45分", "45分钟", "0分钟", never
// "2.75 小时". Service hours, stays and study time on the server say it the same way as the screens do.

/** Whole minutes in words: "2小时45分", "2小时", "45分钟", "0分钟". */
export function minutesWords(minutes: number): string {
  const whole = Math.max(0, Math.round(Number.isFinite(minutes) ? minutes : 0));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m}分钟`;
  return m === 0 ? `${h}小时` : `${h}小时${m}分`;
}
