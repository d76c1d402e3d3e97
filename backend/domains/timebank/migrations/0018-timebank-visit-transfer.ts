// A visit found by the ledger transfer that paid it: the 驾驶舱's pool-use figure joins every pool movement of a
// visit to its visit, which without this index read all visits once per movement (minutes for a full-size city).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('tb_visits_transfer').on('tb_visits').column('transfer_id').execute();
}
