// What the roster's search matches: the name itself, its full pinyin and its initials, stored with the name when
// it is written, so a secretary who types "zxy", "zhang" or "秀英" finds 张秀英 without the database knowing pinyin.
import type { pinyin as Pinyin } from 'pinyin-pro';

// pinyin-pro carries its dictionary (~320 KB): loaded on the first name written, not when a function starts, and in
// the WeChat bundles kept in a file of its own beside index.js (scripts/build-cloud.mjs), like the S3 store.
let loaded: typeof Pinyin | null = null;
function syllablesOf(name: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= (require('pinyin-pro') as { pinyin: typeof Pinyin }).pinyin;
  return loaded(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
}

/**
 * "张秀英" → "张秀英 zhangxiuying zxy": one lower-case column searched with LIKE '%…%'. Made without the spaces typed
 * inside a name ("张\u3000三", "赵 六"), as a query is (normaliseQuery), so 张三 finds 张\u3000三; the name is shown as typed.
 */
export function searchKey(typed: string): string {
  const name = typed.normalize('NFKC').replace(/\s+/g, '');
  const syllables = syllablesOf(name).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const full = syllables.join('');
  const initials = syllables.map((s) => s.charAt(0)).join('');
  return `${name.toLowerCase()} ${full} ${initials}`;
}

/** The digits of a phone search ("1234", the last four; up to a whole number of 11), or null for a name search. */
export function phoneDigitsOf(query: string): string | null {
  return /^\d{4,11}$/.test(query) ? query : null;
}

/** The typed query as the column stores it: lower case, no spaces (a person may type "z x y"). */
export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
