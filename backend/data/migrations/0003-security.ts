// Security and integrity (issue 6): session versions, one open invitation per person, caller-scoped replay keys,
// and one listening clock per person that bounds study credit by real time.
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';
import { floatType } from './column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  // Signed sessions carry this number; bumping it (role change, lost phone) ends every earlier session.
  await db.schema.alterTable('people').addColumn('session_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  // An invitation replaced by a newer one, or withdrawn, is revoked; at most one per person is open.
  await db.schema.alterTable('invitations').addColumn('revoked_at', 'text').execute();
  await sql`
    update invitations set revoked_at = created_at
    where used_at is null and id not in (select max(id) from invitations where used_at is null group by person_id)
  `.execute(db);
  await sql`create unique index invitations_one_open on invitations (person_id) where used_at is null and revoked_at is null`.execute(db);

  // Replay keys are now scoped to their caller and remember what was asked, so reuse with other data is refused.
  // Old rows (keyed without a request fingerprint) cannot be judged and are at most a day old: they are dropped.
  await db.schema.dropTable('idempotency_keys').execute();
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();

  // Study credit a person may still be given: refills with real time, up to a small allowance (rules/listened-time.ts).
  await db.schema
    .createTable('listening_clocks')
    .addColumn('person_id', 'integer', (c) => c.primaryKey().references('people.id'))
    .addColumn('budget', floatType(engine), (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
