// Rate-limit counters shared by every host on one PostgreSQL database (backend/runtime/rate-limits.ts), so N hosts
// allow the limit once, not N times. One row per limit and subject; a row whose window has passed is reset by the
// next take and pruned. Made on SQLite too (one schema for both engines), where the limits count in memory.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_counters')
    // `<limit name>:<subject>`, e.g. account.redeemInvite:ip:203.0.113.7
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('points', 'integer', (c) => c.notNull())
    // ISO-8601 UTC: the end of the current window.
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_counters_expires_at').on('rate_limit_counters').column('expires_at').execute();
}
