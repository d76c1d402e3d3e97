// The few time words the server's own sentences need, in China time ("14:02", "12月3日 星期四 下午2:00").
const OFFSET_MS = 8 * 60 * 60 * 1000;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

const china = (at: Date) => new Date(at.getTime() + OFFSET_MS);

/** "14:02" */
export function clockWords(at: Date): string {
  const d = china(at);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** "12月3日 星期四 下午2:00" */
export function whenWords(at: Date): string {
  const d = china(at);
  const h = d.getUTCHours();
  const m = String(d.getUTCMinutes()).padStart(2, '0');
  const part = h < 6 ? `凌晨${h}` : h < 12 ? `上午${h}` : h < 13 ? `中午${h}` : `${h < 18 ? '下午' : '晚上'}${h - 12}`;
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAYS[d.getUTCDay()]} ${part}:${m}`;
}

/** "3 小时" / "2.75 小时" */
export function hoursWords(hours: number): string {
  return `${hours} 小时`;
}
