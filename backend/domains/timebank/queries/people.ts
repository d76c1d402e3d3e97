// What the time bank reads about people: their street (whose pool helps them), their age and approvals of need,
// their names, and who acts for whom.
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';
import { pathIds } from '../../../common/org-paths';
import { ageOf, type SpenderFacts } from '../rules/members';

type Db = Kysely<Schema> | Transaction<Schema>;

/** The street a unit lies in (its own id when it is a street, or the nearest unit above a street when none). */
export async function streetOfPath(db: Db, path: string): Promise<{ id: number; name: string; path: string }> {
  const ids = pathIds(path);
  const units = await db
    .selectFrom('org_units')
    .select(['id', 'name', 'level', 'path'])
    .where('id', 'in', ids)
    .execute();
  const street = units.find((u) => u.level === 'street');
  if (street) return street;
  // Above a street (an admin of the city or a district): their own unit stands for it.
  const own = units.find((u) => u.id === ids[ids.length - 1]) ?? units[0];
  return own;
}

/** Age and the secretary's newest decisions on need. */
export async function spenderFacts(db: Db, personId: number, now: Date): Promise<SpenderFacts> {
  const person = await db.selectFrom('people').select('birth_year').where('id', '=', personId).executeTakeFirst();
  const needs = await db
    .selectFrom('tb_needs')
    .select(['kind', 'approved'])
    .where('person_id', '=', personId)
    .orderBy('id', 'desc')
    .execute();
  const latest = (kind: 'early' | 'hardship') => needs.find((n) => n.kind === kind)?.approved === 1;
  return { age: ageOf(person?.birth_year ?? null, now), early: latest('early'), hardship: latest('hardship') };
}

export async function namesOf(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The people linked to this person by a family link, either way (a son who redeemed the code, a mother who showed it). */
export async function relativesOf(db: Db, personId: number): Promise<{ id: number; name: string }[]> {
  // Two lookups by the link's own columns rather than one join with an OR, which the planners answer by scanning people.
  const theirs = await db
    .selectFrom('family_links')
    .innerJoin('people', 'people.id', 'family_links.relative_id')
    .select(['people.id', 'people.name'])
    .where('family_links.member_id', '=', personId)
    .execute();
  const mine = await db
    .selectFrom('family_links')
    .innerJoin('people', 'people.id', 'family_links.member_id')
    .select(['people.id', 'people.name'])
    .where('family_links.relative_id', '=', personId)
    .execute();
  const seen = new Set<number>();
  return [...theirs, ...mine]
    .sort((x, y) => x.id - y.id)
    .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/** Whether two people are linked by a family link, either way. */
export async function linkedEitherWay(db: Db, a: number, b: number): Promise<boolean> {
  const row = await db
    .selectFrom('family_links')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('member_id', '=', a), eb('relative_id', '=', b)]),
        eb.and([eb('member_id', '=', b), eb('relative_id', '=', a)]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** The elders this person acts for (they redeemed the elder's 家人码). */
export async function eldersOf(db: Db, relativeId: number): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('family_links')
    .innerJoin('people', 'people.id', 'family_links.member_id')
    .select(['people.id', 'people.name'])
    .where('family_links.relative_id', '=', relativeId)
    .orderBy('people.id')
    .execute();
}
