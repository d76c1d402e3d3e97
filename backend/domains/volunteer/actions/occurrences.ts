// A post's shift occurrences over the coming days, with places taken and the caller's own sign-ups.
import type { Kysely } from 'kysely';
import type { ShiftOccurrence } from '../../../../contracts/volunteer';
import type { Schema } from '../../../data/schema';
import { occurrenceView, shiftsOfPost, takenCounts } from '../queries/volunteer';
import { upcomingOccurrences } from '../rules/shifts';

export async function loadOccurrences(
  db: Kysely<Schema>,
  postId: number,
  from: Date,
  days: number,
  personId: number | null,
): Promise<ShiftOccurrence[]> {
  const shifts = await shiftsOfPost(db, postId);
  const all = shifts.flatMap((s) => upcomingOccurrences(s, from, days).map((o) => ({ s, o })));
  const dayList = [...new Set(all.map(({ o }) => o.occursOn))];
  const counts = await takenCounts(
    db,
    shifts.map((s) => s.id),
    dayList,
  );
  const mine = new Set<string>();
  if (personId !== null && shifts.length > 0 && dayList.length > 0) {
    const rows = await db
      .selectFrom('vol_signups')
      .select(['shift_id', 'occurs_on'])
      .where('person_id', '=', personId)
      .where(
        'shift_id',
        'in',
        shifts.map((s) => s.id),
      )
      .where('occurs_on', 'in', dayList)
      .execute();
    for (const r of rows) mine.add(`${r.shift_id}:${r.occurs_on}`);
  }
  return all
    .map(({ s, o }) =>
      occurrenceView(s, o, counts.get(`${s.id}:${o.occursOn}`) ?? 0, mine.has(`${s.id}:${o.occursOn}`)),
    )
    .sort((a, b) => a.start.localeCompare(b.start));
}
