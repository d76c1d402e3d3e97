// What the roster's search matches: the name itself, its full pinyin and its initials, stored with the name when
// it is written, so a secretary who types "zxy", "zhang" or "秀英" finds 张秀英 without the database knowing pinyin.
import { pinyin } from 'pinyin-pro';

/** "张秀英" → "张秀英 zhangxiuying zxy": one lower-case column searched with LIKE '%…%'. */
export function searchKey(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const full = syllables.join('');
  const initials = syllables.map((s) => s.charAt(0)).join('');
  return `${name.toLowerCase()} ${full} ${initials}`;
}

/** The typed query as the column stores it: lower case, no spaces (a person may type "z x y"). */
export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
