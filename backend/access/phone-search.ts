// Searching people by phone digits as the viewer sees the numbers (backend/rules/phone-visibility.ts): where a
// viewer sees full numbers the digits may be anywhere in them; where they see "139****0000" the digits must be the
// last four they are shown. Otherwise about 40 searches would recover a masked number digit by digit.
import { sql, type Expression, type SqlBool } from 'kysely';
import { escapeLike, likeContains, likeStartsWith } from '../data/like';
import { fullPhoneUnits, SHOWN_TAIL_DIGITS } from '../rules/phone-visibility';
import type { ScopedGrant } from '../rules/org-scope';

export interface PhoneColumns {
  phone: `${string}.phone`;
  homePath: `${string}.path`;
}

/** A where-clause: the person's number holds `digits` in a part of it this viewer is shown. */
export function phoneMatches(
  viewer: { grants: readonly ScopedGrant[] },
  digits: string,
  cols: PhoneColumns,
): Expression<SqlBool> {
  const { branches, subtrees } = fullPhoneUnits(viewer.grants);
  const path = sql.ref(cols.homePath);
  const phone = sql.ref(cols.phone);
  const seen = [
    ...(branches.length > 0 ? [sql<SqlBool>`${path} in (${sql.join(branches)})`] : []),
    ...subtrees.map((s) => sql<SqlBool>`${path} like ${likeStartsWith(s)} escape '\\'`),
  ];
  const full = seen.length > 0 ? sql<SqlBool>`(${sql.join(seen, sql` or `)})` : sql<SqlBool>`1 = 0`;
  const inFull = sql<SqlBool>`(${full} and ${phone} like ${likeContains(digits)} escape '\\')`;
  if (digits.length > SHOWN_TAIL_DIGITS) return inFull;
  // A masked number shows its last four digits (and its first three, which a 4-digit query cannot fit in).
  const inShownTail = sql<SqlBool>`(not ${full} and length(${phone}) >= 7 and ${phone} like ${`%${escapeLike(digits)}`} escape '\\')`;
  return sql<SqlBool>`(${inFull} or ${inShownTail})`;
}
