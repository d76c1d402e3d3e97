// "Nothing written": a digest of every row of every table, so a hostile test can compare the whole database
// before and after a refusal on either engine. Tables that a refusal is meant to touch (counters of failed
// attempts) are named in `except`.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';

export type TableDigests = Record<string, string>;

/** Tables a refusal may write by design: the limiter's own counters. */
const ALWAYS_EXCEPT = new Set(['kysely_migration', 'kysely_migration_lock', 'rate_limit_counters']);

export async function snapshotTables(db: Kysely<Schema>, except: readonly string[] = []): Promise<TableDigests> {
  const skip = new Set([...ALWAYS_EXCEPT, ...except]);
  const tables = (await db.introspection.getTables())
    .map((t) => t.name)
    .filter((n) => !skip.has(n))
    .sort();
  const digests: TableDigests = {};
  for (const name of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    // Row order is not defined without ORDER BY: digest each row, then the sorted list of row digests.
    const rowDigests = rows
      .map((r) =>
        createHash('sha1')
          .update(JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? String(v) : v)))
          .digest('hex'),
      )
      .sort();
    digests[name] = `${rows.length}:${createHash('sha1').update(rowDigests.join()).digest('hex').slice(0, 16)}`;
  }
  return digests;
}

/** Runs `act` and expects every table (but `except`) to be exactly as before. Returns what `act` returned. */
export async function expectNothingWritten<T>(
  db: Kysely<Schema>,
  act: () => Promise<T>,
  except: readonly string[] = [],
): Promise<T> {
  const before = await snapshotTables(db, except);
  const result = await act();
  expect(await snapshotTables(db, except)).toEqual(before);
  return result;
}
