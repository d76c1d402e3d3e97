// org: the roster's personal data. `phone` is added first because notices (receipts' call list) and the roster
// both show it, in full only to those allowed (backend/rules/phone-visibility.ts) and masked otherwise.
// Then the roster's own columns, unit codes and closing, and transfers between branches.
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../../../data/database';
import { withId } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  // Mainland mobile numbers, 11 digits, no spaces; null when unknown.
  await db.schema.alterTable('people').addColumn('phone', 'text').execute();

  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  const columns: [string, 'text' | 'integer', string | null][] = [
    ['gender', 'text', null],
    ['birth_year', 'integer', null],
    ['joined_party_on', 'text', null],
    ['former_post', 'text', null],
    ['status', 'text', "'active'"],
    ['status_on', 'text', null],
    ['skills', 'text', null],
    ['roster_no', 'text', null],
    ['search_key', 'text', null],
  ];
  for (const [name, type, fallback] of columns) {
    await db.schema
      .alterTable('people')
      .addColumn(name, type, (c) => (fallback === null ? c : c.notNull().defaultTo(sqlLiteral(fallback))))
      .execute();
  }
  // Import matches people by phone or roster number; both are looked up once per row.
  await db.schema.createIndex('people_phone').on('people').column('phone').execute();
  await db.schema.createIndex('people_roster_no').on('people').column('roster_no').execute();

  await db.schema.alterTable('org_units').addColumn('code', 'text').execute();
  await db.schema.alterTable('org_units').addColumn('closed_at', 'text').execute();
  await db.schema.createIndex('org_units_code').on('org_units').column('code').unique().execute();

  await withId(db.schema.createTable('org_transfers'), engine)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('from_org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('to_org_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('requested_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('people.id'))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_transfers_to').on('org_transfers').columns(['to_org_unit_id', 'status']).execute();
  await db.schema.createIndex('org_transfers_person').on('org_transfers').columns(['person_id', 'status']).execute();
}

const sqlLiteral = (text: string) => sql.raw(text);
