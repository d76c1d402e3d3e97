// Queries about the roster: listing and searching people in a scope, one person's detail, the directory of
// branches an import names, and writing an import in batches.
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { PersonStatus, RosterPerson } from '../../contracts/org';
import type { BranchDirectory, RosterEntry, RosterFields } from '../rules/roster';
import { isWithin } from '../common/org-paths';
import { HOME_ROLES } from '../../contracts/roles';
import { normaliseQuery } from '../rules/roster-search';
import { likeContains } from './like';
import { fullNameOf, namesOnPaths } from '../domains/org/queries/org';
import type { PersonProfile } from './people';
import type { Schema } from './schema';

type Db = Kysely<Schema> | Transaction<Schema>;

export interface ListedPerson {
  id: number;
  name: string;
  phone: string | null;
  orgUnitId: number;
  orgUnitName: string;
  orgUnitPath: string;
  status: PersonStatus;
}

/**
 * The roster's search as a where-clause on a people table (or its alias): one LIKE on the search column (it holds
 * the name, its pinyin and initials); a row written before the column existed falls back to its name. Digits also
 * look in the phone as the caller says (`phoneMatch`, backend/access/phone-search.ts), for "the one ending 1234".
 * The receipts call list searches with it too.
 */
export function personMatches(query: string, people: string, phoneMatch?: Expression<SqlBool>): Expression<SqlBool> {
  const term = likeContains(normaliseQuery(query));
  const byName = sql<SqlBool>`coalesce(${sql.ref(`${people}.search_key`)}, ${sql.ref(`${people}.name`)}) like ${term} escape '\\'`;
  return phoneMatch ? sql<SqlBool>`(${byName} or ${phoneMatch})` : byName;
}

/**
 * People `scope` allows, optionally under one unit and matching a query (name, full pinyin or initials, or the
 * caller's `phoneMatch` for digits: which digits a viewer may search is theirs to decide), in order of entry.
 * One more than `limit` is fetched to say whether more exist; `total` counts every match.
 */
export async function listPeople(
  db: Db,
  filter: { scope: Expression<SqlBool>; underPath?: string; query?: string; phoneMatch?: Expression<SqlBool>; status: PersonStatus | 'all'; limit: number },
): Promise<{ people: ListedPerson[]; more: boolean; total: number }> {
  let q = db
    .selectFrom('people')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .select(['people.id', 'people.name', 'people.phone', 'people.org_unit_id', 'people.status', 'org_units.name as unit_name', 'org_units.path as unit_path'])
    .where(filter.scope);
  if (filter.underPath !== undefined) q = q.where(sql<SqlBool>`org_units.path like ${filter.underPath.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'} escape '\\'`);
  if (filter.status !== 'all') q = q.where('people.status', '=', filter.status);
  if (filter.query !== undefined) q = q.where(personMatches(filter.query, 'people', filter.phoneMatch));
  // In the order people were entered (the primary key), so a common search stops at the first page of matches
  // instead of sorting every match in the city.
  const rows = await q.orderBy('people.id').limit(filter.limit + 1).execute();
  const more = rows.length > filter.limit;
  // Counted only when the page is full: a branch of 290 is told 共290位, and a short list costs no second query.
  const total = more
    ? Number((await q.clearSelect().select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n)
    : rows.length;
  return {
    people: rows.slice(0, filter.limit).map((r) => ({ id: r.id, name: r.name, phone: r.phone, orgUnitId: r.org_unit_id, orgUnitName: r.unit_name, orgUnitPath: r.unit_path, status: r.status })),
    more,
    total,
  };
}

export function toRosterPerson(p: ListedPerson, phone: string | null): RosterPerson {
  return { id: p.id, name: p.name, phone, orgUnitId: p.orgUnitId, orgUnitName: p.orgUnitName, status: p.status };
}

/** Every unit by full path below the city and by code, for an import's 所在支部 column; `scopeRoots` marks what the importer reaches. */
export async function branchDirectory(db: Db, scopeRoots: readonly string[]): Promise<BranchDirectory> {
  const units = await db.selectFrom('org_units').select(['id', 'name', 'level', 'path', 'code', 'closed_at']).execute();
  const names = await namesOnPaths(db, []);
  for (const u of units) names.set(u.id, u.name);
  const byRef = new Map<string, (typeof units)[number]>();
  for (const u of units) {
    byRef.set(fullNameOf(u.path, names), u);
    if (u.code) byRef.set(`code:${u.code.toUpperCase()}`, u);
  }
  return {
    find(ref) {
      const cleaned = ref.split('/').map((p) => p.trim()).filter(Boolean);
      // The city's own name in front is forgiven: 海湾市/东湖区/… names the same branch.
      const city = units.find((u) => u.level === 'city');
      if (city && cleaned[0] === city.name) cleaned.shift();
      const u = byRef.get(cleaned.join('/')) ?? byRef.get(`code:${ref.trim().toUpperCase()}`);
      if (!u) return null;
      return { id: u.id, name: u.name, level: u.level, closed: u.closed_at !== null, inScope: scopeRoots.some((r) => isWithin(u.path, r)) };
    },
  };
}

export interface MatchedPerson extends RosterFields {
  id: number;
  /** The home unit's path, for the importer's scope. */
  path: string;
}

const MATCH_FIELDS = ['people.id', 'people.name', 'people.gender', 'people.birth_year', 'people.phone', 'people.joined_party_on', 'people.former_post', 'people.org_unit_id', 'people.roster_no', 'people.skills', 'org_units.path'] as const;
const IN_CHUNK = 1000;

/** People already on record with one of these phones, roster numbers or ids (the export's 系统编号), looked up in chunks. */
export async function findMatches(
  db: Db,
  phones: readonly string[],
  rosterNos: readonly string[],
  ids: readonly number[] = [],
): Promise<{ byPhone: Map<string, MatchedPerson>; byRosterNo: Map<string, MatchedPerson>; byId: Map<number, MatchedPerson> }> {
  const byPhone = new Map<string, MatchedPerson>();
  const byRosterNo = new Map<string, MatchedPerson>();
  const byId = new Map<number, MatchedPerson>();
  const people = () => db.selectFrom('people').innerJoin('org_units', 'org_units.id', 'people.org_unit_id').select(MATCH_FIELDS);
  for (let i = 0; i < phones.length; i += IN_CHUNK) {
    const rows = await people().where('people.phone', 'in', phones.slice(i, i + IN_CHUNK)).execute();
    for (const r of rows) if (r.phone !== null) byPhone.set(r.phone, r);
  }
  for (let i = 0; i < rosterNos.length; i += IN_CHUNK) {
    const rows = await people().where('people.roster_no', 'in', rosterNos.slice(i, i + IN_CHUNK)).execute();
    for (const r of rows) if (r.roster_no !== null) byRosterNo.set(r.roster_no, r);
  }
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const rows = await people().where('people.id', 'in', ids.slice(i, i + IN_CHUNK)).execute();
    for (const r of rows) byId.set(r.id, r);
  }
  return { byPhone, byRosterNo, byId };
}

const INSERT_CHUNK = 500;

/** New people with their member role on their branch, 500 to a statement. */
export async function insertRosterPeople(trx: Transaction<Schema>, people: readonly (RosterFields & { search_key: string })[], at: string): Promise<void> {
  for (let i = 0; i < people.length; i += INSERT_CHUNK) {
    const chunk = people.slice(i, i + INSERT_CHUNK);
    const rows = await trx
      .insertInto('people')
      .values(chunk.map((p) => ({ ...p, handle: null, created_at: at, updated_at: at })))
      .returning(['id', 'org_unit_id'])
      .execute();
    await trx.insertInto('role_grants').values(rows.map((r) => ({ person_id: r.id, role: 'member' as const, org_unit_id: r.org_unit_id, created_at: at }))).execute();
  }
}

/**
 * Moves a person's member role, and a volunteer role on the same branch (HOME_ROLES), along with their home branch;
 * the other roles stay where they were granted. Left behind, a volunteer role would put the person out of reach of
 * their new branch's secretary (backend/access/person-access.ts).
 */
export async function moveMemberGrant(trx: Transaction<Schema>, personId: number, fromUnitId: number, toUnitId: number): Promise<void> {
  await trx.updateTable('role_grants').set({ org_unit_id: toUnitId }).where('person_id', '=', personId).where('role', 'in', HOME_ROLES).where('org_unit_id', '=', fromUnitId).execute();
}

/** A person with their home unit and grants, readable inside a transaction (loadPersonProfile takes the database). */
export async function profileIn(db: Db, personId: number): Promise<PersonProfile | null> {
  const person = await db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirst();
  if (!person) return null;
  const orgUnit = await db.selectFrom('org_units').selectAll().where('id', '=', person.org_unit_id).executeTakeFirstOrThrow();
  const grants = await db
    .selectFrom('role_grants')
    .innerJoin('org_units', 'org_units.id', 'role_grants.org_unit_id')
    .select(['role_grants.role', 'role_grants.org_unit_id', 'org_units.path'])
    .where('role_grants.person_id', '=', personId)
    .orderBy('role_grants.id')
    .execute();
  return { person, orgUnit, grants: grants.map((g) => ({ role: g.role, orgUnitId: g.org_unit_id, orgPath: g.path })) };
}

/**
 * The person a row describes: by the export's 系统编号 first, then roster number, else phone; refused when any
 * names someone the importer may not act on (backend/access/person-access.ts: never named, never changed) or two
 * of them name different people. `by` says how, for a sentence.
 */
export function matchRosterEntry(
  entry: RosterEntry,
  matches: {
    byPhone: Map<string, MatchedPerson>;
    byRosterNo: Map<string, MatchedPerson>;
    byId: Map<number, MatchedPerson>;
  },
  reachable: ReadonlySet<number>,
): { person: null } | { person: MatchedPerson; by: string } | { error: string } {
  const byId = entry.personId !== null ? matches.byId.get(entry.personId) : undefined;
  const byNo = entry.rosterNo ? matches.byRosterNo.get(entry.rosterNo) : undefined;
  const byPhone = entry.phone ? matches.byPhone.get(entry.phone) : undefined;
  if (entry.personId !== null && (!byId || !reachable.has(byId.id)))
    return {
      error: `系统编号 ${entry.personId} 在您管理的范围里找不到这位党员。这一列是导出时写的，请不要改动，新党员请留空`,
    };
  if (byPhone && !reachable.has(byPhone.id))
    return { error: `手机号 ${entry.phone} 已经登记在您管理范围以外的一位党员名下，请核对。` };
  if (byNo && !reachable.has(byNo.id))
    return { error: `花名册编号 ${entry.rosterNo} 已经登记在您管理范围以外的一位党员名下，请核对。` };
  if (byId && byNo && byId.id !== byNo.id)
    return {
      error: `花名册编号 ${entry.rosterNo} 登记在${byNo.name}名下，和系统编号 ${entry.personId} 的${byId.name}不是同一个人，请核对。`,
    };
  const first = byId ?? byNo;
  if (first && byPhone && first.id !== byPhone.id)
    return {
      error: `手机号 ${entry.phone} 已经登记在${byPhone.name}名下，和${byId ? `系统编号 ${entry.personId}` : `花名册编号 ${entry.rosterNo}`} 的${first.name}不是同一个人，请核对。`,
    };
  if (byId) return { person: byId, by: `系统编号 ${entry.personId} ` };
  if (byNo) return { person: byNo, by: `花名册编号 ${entry.rosterNo} ` };
  if (byPhone) return { person: byPhone, by: `手机号 ${entry.phone} ` };
  return { person: null };
}
