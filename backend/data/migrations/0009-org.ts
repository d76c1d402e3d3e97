// org: the roster's personal data. `phone` is added first because notices (receipts' call list) and the roster
// both show it, in full only to those allowed (backend/rules/phone-visibility.ts) and masked otherwise.
import type { Kysely } from 'kysely';
import type { Engine } from '../database';

export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  // Mainland mobile numbers, 11 digits, no spaces; null when unknown.
  await db.schema.alterTable('people').addColumn('phone', 'text').execute();
}
