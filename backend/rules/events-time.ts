// Moments said the way an elder says them, in China time whatever the server's zone: "12月1日 星期二 上午9:00".
// The same words as src/entities/time/calendar.ts (the server cannot import the front end).
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export function chinaDateTimeWords(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + CHINA_OFFSET_MS);
  const h = d.getUTCHours();
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  const part = h < 6 ? `凌晨${h}` : h < 12 ? `上午${h}` : h < 13 ? `中午${h}` : `${h < 18 ? '下午' : '晚上'}${h - 12}`;
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]} ${part}:${minutes}`;
}

/** "12月1日" */
export function chinaDateWords(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + CHINA_OFFSET_MS);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** "明天上午9:00" / "今天下午3:00" / "12月1日 星期二 上午9:00": a start as seen from `now`, in China days. */
export function timeOfDayWords(at: Date | string, now: Date): string {
  const full = chinaDateTimeWords(at);
  const time = full.split(' ')[2];
  const day = (d: Date | string) => Math.floor((new Date(d).getTime() + CHINA_OFFSET_MS) / 86_400_000);
  const diff = day(at) - day(now);
  if (diff === 0) return `今天${time}`;
  if (diff === 1) return `明天${time}`;
  return full;
}
