// Queries about people: who someone is, where they sit in the tree, and which roles they hold where.
import { CompiledQuery, sql, type InferResult, type Kysely, type Transaction } from 'kysely';
import type { Role } from '../../contracts/roles';
import type { ScopedGrant } from '../rules/org-scope';
import type { OrgUnitRow, PersonRow, Schema } from './schema';

export interface PersonProfile {
  person: PersonRow;
  orgUnit: OrgUnitRow;
  grants: ScopedGrant[];
}

function profileQuery(db: Kysely<Schema>, personId: number) {
  return db
    .selectFrom('people')
    .innerJoin('org_units as unit', 'unit.id', 'people.org_unit_id')
    .leftJoin('role_grants as g', 'g.person_id', 'people.id')
    .leftJoin('org_units as scope', 'scope.id', 'g.org_unit_id')
    .selectAll('people')
    .select([
      'unit.name as unit_name',
      'unit.level as unit_level',
      'unit.parent_id as unit_parent_id',
      'unit.path as unit_path',
      'unit.created_at as unit_created_at',
      'unit.code as unit_code',
      'unit.closed_at as unit_closed_at',
      'g.id as grant_id',
      'g.role as grant_role',
      'g.org_unit_id as grant_unit_id',
      'scope.path as grant_path',
    ])
    .where('people.id', '=', personId)
    .orderBy('g.id');
}

type ProfileRow = InferResult<ReturnType<typeof profileQuery>>[number];

// The profile queries' SQL is built once per database (building it costs more than running it on SQLite).
const profileSql = new WeakMap<Kysely<Schema>, { one: string; many: string }>();

function profileSqlFor(db: Kysely<Schema>): { one: string; many: string } {
  let text = profileSql.get(db);
  if (text === undefined) {
    // PostgreSQL only: the ids as one array value, so the text (and its prepared statement) is one for any count.
    const many = profileQuery(db, 0)
      .clearWhere()
      .where(sql<boolean>`people.id = any(${sql.raw('$1')}::integer[])`);
    text = { one: profileQuery(db, 0).compile().sql, many: many.compile().sql };
    profileSql.set(db, text);
  }
  return text;
}

/** One query (a row per role grant): this runs on every signed-in call, so it is kept to a single round trip. */
export async function loadPersonProfile(db: Kysely<Schema>, personId: number): Promise<PersonProfile | null> {
  const { rows } = await db.executeQuery<ProfileRow>(CompiledQuery.raw(profileSqlFor(db).one, [personId]));
  return rows.length === 0 ? null : profileFrom(rows);
}

/**
 * Several people's profiles in one query (PostgreSQL: `= any` of an array), for calls that arrive together
 * (runtime/caller.ts); someone not found is absent from the map.
 */
export async function loadPersonProfiles(db: Kysely<Schema>, personIds: readonly number[]): Promise<Map<number, PersonProfile>> {
  const { rows } = await db.executeQuery<ProfileRow>(CompiledQuery.raw(profileSqlFor(db).many, [personIds]));
  const byPerson = new Map<number, ProfileRow[]>();
  for (const row of rows) {
    const own = byPerson.get(row.id);
    if (own) own.push(row);
    else byPerson.set(row.id, [row]);
  }
  return new Map([...byPerson].map(([id, own]) => [id, profileFrom(own)]));
}

/** A person's rows of the profile query (one a role grant, in grant order) as their profile. */
function profileFrom(rows: ProfileRow[]): PersonProfile {
  const { unit_name, unit_level, unit_parent_id, unit_path, unit_created_at, unit_code, unit_closed_at, grant_id: _g, grant_role: _r, grant_unit_id: _u, grant_path: _p, ...person } = rows[0];
  const grants: ScopedGrant[] = [];
  for (const r of rows) {
    if (r.grant_role !== null && r.grant_unit_id !== null && r.grant_path !== null) {
      grants.push({ role: r.grant_role, orgUnitId: r.grant_unit_id, orgPath: r.grant_path });
    }
  }
  return {
    person,
    orgUnit: { id: person.org_unit_id, name: unit_name, level: unit_level, parent_id: unit_parent_id, path: unit_path, created_at: unit_created_at, code: unit_code, closed_at: unit_closed_at },
    grants,
  };
}

export async function findPersonIdByHandle(db: Kysely<Schema>, handle: string): Promise<number | null> {
  const row = await db.selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirst();
  return row?.id ?? null;
}

export async function findPersonIdByIdentity(
  db: Kysely<Schema>,
  provider: string,
  subject: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('identities')
    .select('person_id')
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/**
 * Ends every session issued to the person before now (host tokens carry the version; WeChat bindings are
 * removed, so a lost phone's WeChat is a stranger again). For lost phones and for role changes.
 */
export async function revokeSessions(trx: Transaction<Schema>, personId: number, at: string): Promise<void> {
  await trx
    .updateTable('people')
    .set((eb) => ({ session_version: eb('session_version', '+', 1), updated_at: at }))
    .where('id', '=', personId)
    .execute();
  await trx.deleteFrom('identities').where('person_id', '=', personId).execute();
}

/** Grants a role; the person's earlier sessions end, so no device keeps acting on a stale idea of who they are. */
export async function grantRole(trx: Transaction<Schema>, grant: { personId: number; role: Role; orgUnitId: number; at: string }): Promise<void> {
  await trx.insertInto('role_grants').values({ person_id: grant.personId, role: grant.role, org_unit_id: grant.orgUnitId, created_at: grant.at }).execute();
  await trx
    .updateTable('people')
    .set((eb) => ({ session_version: eb('session_version', '+', 1), updated_at: grant.at }))
    .where('id', '=', grant.personId)
    .execute();
}

/** Whether the person already signs in somewhere: a demo handle, a WeChat binding, or a redeemed invitation. */
export async function hasAccount(db: Kysely<Schema> | Transaction<Schema>, person: { id: number; handle: string | null }): Promise<boolean> {
  if (person.handle !== null) return true;
  const bound = await db.selectFrom('identities').select('id').where('person_id', '=', person.id).executeTakeFirst();
  if (bound) return true;
  const redeemed = await db.selectFrom('invitations').select('id').where('person_id', '=', person.id).where('used_at', 'is not', null).executeTakeFirst();
  return redeemed !== undefined;
}
