// Queries about the org tree for the org function: unit views with their member counts and names below the city,
// moving a subtree (every path rewritten in one statement), and what remains in a unit before it is closed.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { OrgUnitView } from '../../../../contracts/org';
import { pathIds } from '../../../common/org-paths';
import { likeStartsWith } from '../../../data/like';
import type { OrgUnitRow, Schema } from '../../../data/schema';

type Db = Kysely<Schema> | Transaction<Schema>;

/** Names of every unit on the given paths, in one query. */
export async function namesOnPaths(db: Db, paths: readonly string[]): Promise<Map<number, string>> {
  const ids = [...new Set(paths.flatMap(pathIds))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** "东湖区/湖滨街道/莲花社区/…": the names below the city, as the roster file's 所在支部 column writes them. */
export function fullNameOf(path: string, names: Map<number, string>): string {
  return pathIds(path)
    .slice(1)
    .map((id) => names.get(id) ?? '')
    .join('/');
}

/** In-register members (在册) in each unit's subtree. */
async function activeCounts(db: Db, units: readonly OrgUnitRow[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const u of units) {
    const row = await db
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('people.status', '=', 'active')
      .where(sql<boolean>`org_units.path like ${likeStartsWith(u.path)} escape '\\'`)
      .executeTakeFirstOrThrow();
    counts.set(u.id, Number(row.n));
  }
  return counts;
}

export async function unitViews(db: Db, units: readonly OrgUnitRow[]): Promise<OrgUnitView[]> {
  const [names, counts] = await Promise.all([
    namesOnPaths(
      db,
      units.map((u) => u.path),
    ),
    activeCounts(db, units),
  ]);
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    level: u.level,
    parentId: u.parent_id,
    code: u.code,
    closed: u.closed_at !== null,
    memberCount: counts.get(u.id) ?? 0,
    fullName: fullNameOf(u.path, names),
  }));
}

export async function unitView(db: Db, unit: OrgUnitRow): Promise<OrgUnitView> {
  return (await unitViews(db, [unit]))[0];
}

export async function childrenOf(db: Db, parentId: number): Promise<OrgUnitRow[]> {
  return db.selectFrom('org_units').selectAll().where('parent_id', '=', parentId).orderBy('id').execute();
}

/**
 * Columns outside org_units that keep a copy of a unit's path (so "is this inside that" is a prefix test without a
 * join). A move rewrites each in the same transaction as the tree; a new copy must be listed here (test/integration/
 * org-move.test.ts finds every *_path column holding unit paths and fails on one missing).
 */
export const UNIT_PATH_COPIES = [{ table: 'events', column: 'audience_path' }] as const;

/**
 * Moves the subtree at `unit` under `newParent`: one UPDATE rewrites the prefix of every path in it, so a district
 * of a thousand units moves in one statement. People hang on unit ids, not paths, and need no change; the copies
 * listed in UNIT_PATH_COPIES are rewritten the same way, so an event follows its branch.
 */
export async function moveSubtree(trx: Transaction<Schema>, unit: OrgUnitRow, newParent: OrgUnitRow): Promise<number> {
  const oldPrefix = unit.path;
  const newPrefix = `${newParent.path}${unit.id}/`;
  const result = await trx
    .updateTable('org_units')
    .set({ path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})` })
    .where(sql<boolean>`path like ${likeStartsWith(oldPrefix)} escape '\\'`)
    .executeTakeFirst();
  await trx.updateTable('org_units').set({ parent_id: newParent.id }).where('id', '=', unit.id).execute();
  for (const { table, column } of UNIT_PATH_COPIES) {
    const c = sql.ref(column);
    await sql`update ${sql.table(table)} set ${c} = ${newPrefix} || substr(${c}, ${oldPrefix.length + 1}) where ${c} like ${likeStartsWith(oldPrefix)} escape '\\'`.execute(
      trx,
    );
  }
  return Number(result.numUpdatedRows);
}

/** Who and what is still in a unit: its open children and its 在册 members (a few names and the totals). */
export async function remainingIn(db: Db, unitId: number) {
  const children = await db
    .selectFrom('org_units')
    .select('name')
    .where('parent_id', '=', unitId)
    .where('closed_at', 'is', null)
    .orderBy('id')
    .execute();
  const members = await db
    .selectFrom('people')
    .select('name')
    .where('org_unit_id', '=', unitId)
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  return {
    children: { names: children.slice(0, 5).map((c) => c.name), total: children.length },
    members: { names: members.slice(0, 5).map((m) => m.name), total: members.length },
  };
}

/** The top unit of the tree (the city). */
export async function cityUnit(db: Db): Promise<OrgUnitRow> {
  return db
    .selectFrom('org_units')
    .selectAll()
    .where('parent_id', 'is', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
}
