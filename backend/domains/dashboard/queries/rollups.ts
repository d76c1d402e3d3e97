// The rollup rows and the thresholds: read by the panels and the export, written by the nightly job and setThreshold.
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';

type Db = Kysely<Schema> | Transaction<Schema>;

export async function rollupsFor(db: Db, unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('dashboard_rollups')
    .select(['org_unit_id', 'key', 'figure_json', 'as_of'])
    .where('org_unit_id', 'in', unitIds)
    .execute();
}

/** One unit's rows, replaced whole: a panel whose source is gone leaves no stale row behind. */
export async function replaceRollups(
  db: Db,
  unitId: number,
  rows: readonly { key: string; figure_json: string }[],
  asOf: string,
): Promise<void> {
  await db.deleteFrom('dashboard_rollups').where('org_unit_id', '=', unitId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('dashboard_rollups')
    .values(rows.map((r) => ({ org_unit_id: unitId, key: r.key, figure_json: r.figure_json, as_of: asOf })))
    .execute();
}

export async function thresholdRows(db: Db) {
  return db.selectFrom('dashboard_thresholds').select(['key', 'red', 'green']).execute();
}
