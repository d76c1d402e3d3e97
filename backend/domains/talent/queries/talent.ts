// The talent domain's queries: they read and write, and nothing else (rules decide, actions notify).
import type { Kysely, Transaction } from 'kysely';
import type { AvailabilitySlot } from '../../../../contracts/talent';
import { pathIds } from '../../../common/org-paths';
import { inSubtrees } from '../../../data/org-units';
import type { Schema } from '../../../data/schema';
import type { TalentProfileRow, TalentRequestRow } from '../schema';

type Db = Kysely<Schema> | Transaction<Schema>;

/** Depth of a community on a path (city → district → street → community → branch). */
const COMMUNITY_DEPTH = 4;

/** The bureau's fields, in its order. */
export async function fieldNames(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('talent_fields').select('name').orderBy('position').execute();
  return rows.map((r) => r.name);
}

/** A profile with the person's name and home unit path. */
export type ProfileWithPerson = TalentProfileRow & { name: string; path: string };

export function profilesQuery(db: Db) {
  return db
    .selectFrom('talent_profiles')
    .innerJoin('people', 'people.id', 'talent_profiles.person_id')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .selectAll('talent_profiles')
    .select(['people.name', 'org_units.path']);
}

export async function findProfile(db: Db, personId: number): Promise<ProfileWithPerson | null> {
  return (await profilesQuery(db).where('talent_profiles.person_id', '=', personId).executeTakeFirst()) ?? null;
}

/** Profiles of a field in a subtree whose consent is in force (given after `oldestConsent`, not withdrawn). */
export async function consentingProfiles(
  db: Db,
  root: string,
  oldestConsent: string,
  field?: string,
): Promise<ProfileWithPerson[]> {
  let q = profilesQuery(db)
    .where(inSubtrees('org_units.path', [root]))
    .where('people.status', '=', 'active')
    .where('talent_profiles.withdrawn_at', 'is', null)
    .where('talent_profiles.consent_at', '>', oldestConsent);
  if (field !== undefined) q = q.where('talent_profiles.field', '=', field);
  return q.orderBy('talent_profiles.person_id').execute();
}

/** The community a home path lies in, by name, for each path (null above a community). */
export async function communityNames(db: Db, paths: readonly string[]): Promise<Map<string, string | null>> {
  const communityOf = (path: string) => pathIds(path)[COMMUNITY_DEPTH - 1];
  const ids = [...new Set(paths.map(communityOf).filter((id): id is number => id !== undefined))];
  const rows = ids.length
    ? await db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', ids).execute()
    : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return new Map(paths.map((p) => [p, names.get(communityOf(p)) ?? null]));
}

export const specialitiesOf = (p: TalentProfileRow): string[] => JSON.parse(p.specialities_json) as string[];
export const availabilityOf = (p: TalentProfileRow): AvailabilitySlot[] =>
  JSON.parse(p.availability_json) as AvailabilitySlot[];

/** A request with the names the manager reads beside it. */
export type RequestWithNames = TalentRequestRow & {
  unit_name: string;
  unit_path: string;
  posted_by_name: string;
  matched_name: string | null;
  invited: number | null;
};

export function requestsQuery(db: Db) {
  return db
    .selectFrom('talent_requests')
    .innerJoin('org_units', 'org_units.id', 'talent_requests.org_unit_id')
    .innerJoin('people as poster', 'poster.id', 'talent_requests.posted_by')
    .leftJoin('people as matched', 'matched.id', 'talent_requests.matched_person_id')
    .selectAll('talent_requests')
    .select((eb) => [
      'org_units.name as unit_name',
      'org_units.path as unit_path',
      'poster.name as posted_by_name',
      'matched.name as matched_name',
      eb
        .selectFrom('talent_invitations')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('talent_invitations.request_id', '=', 'talent_requests.id')
        .as('invited'),
    ]);
}

export async function findRequest(db: Db, requestId: number): Promise<RequestWithNames | null> {
  const row = await requestsQuery(db).where('talent_requests.id', '=', requestId).executeTakeFirst();
  return row ? { ...row, invited: Number(row.invited ?? 0) } : null;
}

/** Posting instants and match instants of every request in a subtree posted up to `asOf`. */
export async function requestTimes(
  db: Db,
  root: string,
  asOf: string,
): Promise<{ created_at: string; matched_at: string | null; posted_by: number }[]> {
  return db
    .selectFrom('talent_requests')
    .innerJoin('org_units', 'org_units.id', 'talent_requests.org_unit_id')
    .select(['talent_requests.created_at', 'talent_requests.matched_at', 'talent_requests.posted_by'])
    .where(inSubtrees('org_units.path', [root]))
    .where('talent_requests.created_at', '<=', asOf)
    .execute();
}

/** requestTimes for the whole tree, each request with its unit's path (the 驾驶舱's nightly batch). */
export async function requestTimesByPath(
  db: Db,
  asOf: string,
): Promise<{ path: string; created_at: string; matched_at: string | null; posted_by: number }[]> {
  return db
    .selectFrom('talent_requests')
    .innerJoin('org_units', 'org_units.id', 'talent_requests.org_unit_id')
    .select(['org_units.path', 'talent_requests.created_at', 'talent_requests.matched_at', 'talent_requests.posted_by'])
    .where('talent_requests.created_at', '<=', asOf)
    .execute();
}
