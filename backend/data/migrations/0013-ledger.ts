// The hours ledger belongs to no domain (backend/ledger): its tables lose the volunteer prefix and a person's account
// kind 'volunteer' becomes 'member', beside 'post', 'pool' and 'bureau', so the time bank writes the same ledger.
// Unlike most migrations this one renames: code from before it cannot read the ledger after it, so deploy the
// functions right after `npm run migrate`. Foreign keys follow a renamed table on both engines.
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.alterTable('vol_transfers').renameTo('ledger_transfers').execute();
  await db.schema.alterTable('vol_movements').renameTo('ledger_movements').execute();

  // Indexes keep their names through a rename; SQLite cannot rename one, so both engines drop and remake them.
  await db.schema.dropIndex('vol_transfers_record').execute();
  await db.schema.dropIndex('vol_movements_account').execute();
  await db.schema.dropIndex('vol_movements_record').execute();
  await db.schema.createIndex('ledger_transfers_record').on('ledger_transfers').column('record_id').execute();
  // myHours reads only this index (covering: served_on and minutes are in it).
  await db.schema.createIndex('ledger_movements_account').on('ledger_movements').columns(['account_kind', 'account_id', 'served_on', 'minutes']).execute();
  await db.schema.createIndex('ledger_movements_record').on('ledger_movements').column('record_id').execute();
  if (engine === 'postgres') {
    for (const t of ['transfers', 'movements']) {
      await sql`ALTER SEQUENCE ${sql.id(`vol_${t}_id_seq`)} RENAME TO ${sql.id(`ledger_${t}_id_seq`)}`.execute(db);
      await sql`ALTER INDEX ${sql.id(`vol_${t}_pkey`)} RENAME TO ${sql.id(`ledger_${t}_pkey`)}`.execute(db);
    }
  }

  await sql`UPDATE ledger_movements SET account_kind = 'member' WHERE account_kind = 'volunteer'`.execute(db);
}
