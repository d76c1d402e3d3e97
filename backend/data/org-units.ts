// Queries about the org tree.
import type { Kysely } from 'kysely';
import type { OrgUnitRow, Schema } from './schema';

export async function findOrgUnit(db: Kysely<Schema>, id: number): Promise<OrgUnitRow | null> {
  return (await db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}
