// Study records are counted per calendar day in China time (UTC+8, no daylight saving).
const OFFSET_MS = 8 * 60 * 60 * 1000;

export function chinaDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The last `count` China days ending with `at`'s day, oldest first. */
export function lastChinaDays(at: Date, count: number): string[] {
  const days: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) days.push(chinaDay(new Date(at.getTime() - i * 24 * 60 * 60 * 1000)));
  return days;
}

/** First and last day strings of a month "YYYY-MM", for range queries over YYYY-MM-DD text. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${month}-31` };
}
