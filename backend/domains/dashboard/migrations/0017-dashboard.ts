// dashboard: the nightly rollup (one row per unit and panel, replaced each night) and the bureau's thresholds.
import type { Kysely } from 'kysely';
import type { Engine } from '../../../data/database';
import { floatType } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('dashboard_rollups')
    .addColumn('org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('figure_json', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboard_rollups_pk', ['org_unit_id', 'key'])
    .execute();
  await db.schema
    .createTable('dashboard_thresholds')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('red', floatType(engine), (c) => c.notNull())
    .addColumn('green', floatType(engine), (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
