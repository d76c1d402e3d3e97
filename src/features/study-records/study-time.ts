// Listening time in the words a retiree would say: "1小时20分", "25分钟", "不到1分钟".

export function formatListening(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0;
  if (s === 0) return '0分钟';
  if (s < 60) return '不到1分钟';
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes}分钟`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分`;
}

/** "本周听了 1小时20分", or "本周还没有听书" — never "听了 0分钟". */
export function listeningSentence(period: string, seconds: number): string {
  return seconds > 0 ? `${period}听了 ${formatListening(seconds)}` : `${period}还没有听书`;
}
