// The time bank's 服务时间证明 (backend/certificates: issued, shown and verified as every kind is): one row per
// certificate, with the fingerprint of the credited visit movements it counted and who issued it (the holder, or an
// official whose subtree reaches them).
import type { Kysely } from 'kysely';
import type { Engine } from '../../../data/database';
import { withId } from '../../../data/migrations/column-types';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await withId(db.schema.createTable('tb_certificates'), engine)
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('issued_by', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    // SHA-256 over the credited visit movements counted: any later credit in the period changes it.
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('issuer_json', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tb_certificates_person').on('tb_certificates').column('person_id').execute();
}
