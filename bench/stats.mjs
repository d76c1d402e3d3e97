// Small numeric helpers shared by the suites.

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The element whose key is the median (lower middle for even counts), so a whole round can be reported.
 * @template T
 * @param {T[]} items
 * @param {(item: T) => number} key
 */
export function medianItem(items, key) {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** @param {number} value @param {number} [digits] */
export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** @param {number[]} sorted @param {number} q */
export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
