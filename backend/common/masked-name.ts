// A name with its middle masked (夏*华), for every screen and page that must tell people apart without naming them:
// a verified certificate, a list of 民情 cases.

/**
 * "夏*华": the first and the last character with the middle masked, so a paper in hand or a row of a list can be told
 * from another bearing another 夏, yet never gives a full name to harvest. A two-character name keeps only the
 * family name ("王*"): its given name is one character, and showing it would show the whole name.
 */
export function maskedName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
