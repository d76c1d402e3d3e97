// Times said the way people say them ("12分30秒"), never only as a clock face.

function parts(seconds: number): { h: number; m: number; s: number } {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}

/** "1小时5分", "12分30秒", "45秒". Hours drop the seconds: nobody needs them at that scale. */
export function spokenDuration(seconds: number): string {
  const { h, m, s } = parts(seconds);
  if (h > 0) return m > 0 ? `${h}小时${m}分` : `${h}小时`;
  if (m > 0) return s > 0 ? `${m}分${s}秒` : `${m}分钟`;
  return `${s}秒`;
}

/** "12:30" or "1:02:05", shown beside the spoken form for people used to clocks. */
export function clockTime(seconds: number): string {
  const { h, m, s } = parts(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** "已听到 12分30秒" */
export function listenedTo(seconds: number): string {
  return `已听到 ${spokenDuration(seconds)}`;
}
