// Queries about the org tree. A unit's subtree is every unit whose materialised path starts with its path.
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import { rootIdOf } from '../common/org-paths';
import { likeStartsWith } from './like';
import type { OrgUnitRow, Schema } from './schema';

type Db = Kysely<Schema> | Transaction<Schema>;

export async function findOrgUnit(db: Db, id: number): Promise<OrgUnitRow | null> {
  return (await db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** An org path column of a table joined into the query, e.g. 'org_units.path', 'scope.path' or 'events.audience_path'. */
export type PathColumn = `${string}.path` | `${string}.${string}_path` | 'path';

/**
 * A where-clause: the row's `column` lies in the subtree of one of `roots` ("/1/4/" covers "/1/4/9/" but not
 * "/1/45/"). No roots means no rows. Paths are escaped, so a stray % or _ can never widen the filter.
 */
export function inSubtrees(column: PathColumn, roots: readonly string[]): Expression<SqlBool> {
  if (roots.length === 0) return sql<SqlBool>`1 = 0`;
  const tests = roots.map((root) => sql<SqlBool>`${sql.ref(column)} like ${likeStartsWith(root)} escape '\\'`);
  return sql<SqlBool>`(${sql.join(tests, sql` or `)})`;
}

/** The name of the root of the org tree the unit at `path` belongs to ("/1/4/9/" → unit 1's): who issues certificates. */
export async function rootUnitName(db: Db, path: string): Promise<string> {
  const row = await db.selectFrom('org_units').select('name').where('id', '=', rootIdOf(path)).executeTakeFirst();
  return row?.name ?? '';
}
