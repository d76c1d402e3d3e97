// volunteer trust: a record the phone alone vouches for (offline, typed code, far, poor fix, forgotten check-out)
// waits for the post manager before it counts on a certificate (`needs_confirmation`); a correction beyond what
// the record supports waits for a second approver above the post manager (`status`, `approved_by`, `approved_at`).
// Rules: backend/domains/volunteer/rules/trust.ts.
import { sql, type Kysely } from 'kysely';

/** The flags that hold a record, as stored in flags_json (a JSON array of strings). */
const HELD_FLAG_PATTERNS = [
  'offline',
  'typed_code',
  'far_from_post',
  'poor_accuracy',
  'no_location',
  'auto_check_out',
].map((f) => `%"${f}"%`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('vol_records')
    .addColumn('needs_confirmation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Records already waiting with such a flag wait for the manager too; confirmed and corrected ones stand.
  for (const pattern of HELD_FLAG_PATTERNS) {
    await sql`update vol_records set needs_confirmation = 1 where status in ('pending', 'open') and flags_json like ${pattern}`.execute(
      db,
    );
  }

  // 'applied' (in the ledger), 'awaiting' (proposed, no ledger movement yet) or 'declined'.
  await db.schema
    .alterTable('vol_corrections')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('applied'))
    .execute();
  await db.schema
    .alterTable('vol_corrections')
    .addColumn('approved_by', 'integer', (c) => c.references('people.id'))
    .execute();
  await db.schema.alterTable('vol_corrections').addColumn('approved_at', 'text').execute();
  await db.schema.createIndex('vol_corrections_status').on('vol_corrections').column('status').execute();
  // At most one correction waits per record, in the database itself: two proposals racing get one row and a CONFLICT.
  await sql`create unique index vol_corrections_one_awaiting on vol_corrections (record_id) where status = 'awaiting'`.execute(
    db,
  );
}
