// PostgreSQL: the rate-limit counters are taken on every limited call (a sign-up rush takes one per member), and
// each take was a logged write whose commit waited for the WAL to reach the disk. An UNLOGGED table writes no WAL,
// so a take commits without that wait (issue 19). What it gives up is fine for counters: after a server crash the
// table starts empty, which only resets the current windows; replicas do not carry it (limits count on the primary).
// On SQLite the counters live in the host's memory (rate-limits.ts) and nothing changes.
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'postgres') await sql`alter table rate_limit_counters set unlogged`.execute(db);
}
