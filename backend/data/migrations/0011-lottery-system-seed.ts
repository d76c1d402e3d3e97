// Lottery seeds are the system's alone (issue 15, docs/LOTTERY.md): an organiser used to commit the hash of a seed
// they chose, which they could grind after seeing who applied. Every lottery not yet drawn whose seed was the
// organiser's gets a fresh random seed made here, kept secret until the draw like any other; the job then draws it
// at the close. Drawn ones keep the seed they revealed, so their verification still holds.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { sha256Hex } from '../../domains/events/rules/lottery';

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ id: number }>`select id from events where mode = 'lottery' and drawn_at is null and (seed is null or seed_by is null or seed_by <> 'system')`.execute(db);
  for (const { id } of rows) {
    const seed = randomBytes(16).toString('hex');
    await sql`update events set seed = ${seed}, seed_hash = ${sha256Hex(seed)}, seed_by = 'system' where id = ${id}`.execute(db);
  }
}
