// A chapter's length as people say it: "3分20秒", "45秒", "1小时2分".

export function formatChapterLength(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (hours > 0) return minutes > 0 ? `${hours}小时${minutes}分` : `${hours}小时`;
  if (minutes > 0) return rest > 0 ? `${minutes}分${rest}秒` : `${minutes}分钟`;
  return `${rest}秒`;
}
