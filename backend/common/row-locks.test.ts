// The locks on both engines: on SQLite a plain read (it serialises writers itself), on PostgreSQL a FOR UPDATE that
// makes a second locker wait until the first transaction ends.
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { isPostgres, lockForUpdate, lockRowsForUpdate } from './row-locks';

interface Db {
  lock_probe: { id: number; label: string };
}

const TABLE = 'lock_probe';

async function withTable(db: Kysely<Db>) {
  await sql`create table ${sql.table(TABLE)} (id integer primary key, label text not null)`.execute(db);
  await db
    .insertInto('lock_probe')
    .values([
      { id: 1, label: 'a' },
      { id: 2, label: 'b' },
      { id: 3, label: 'c' },
    ])
    .execute();
}

describe('row locks on SQLite', () => {
  const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
  beforeAll(() => withTable(db));
  afterAll(() => db.destroy());

  it('read the rows without FOR UPDATE', async () => {
    expect(isPostgres(db)).toBe(false);
    await db.transaction().execute(async (trx) => {
      expect(await lockForUpdate(trx, 'lock_probe', 2)).toEqual({ id: 2, label: 'b' });
      expect(await lockForUpdate(trx, 'lock_probe', 9)).toBeNull();
      expect((await lockRowsForUpdate(trx, 'lock_probe', [3, 1])).map((r) => r.id)).toEqual([1, 3]);
    });
  });
});

const postgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

postgres('row locks on PostgreSQL', () => {
  // A schema of its own, so parallel suites on the same server never meet this table.
  const schema = `row_locks_${process.pid}`;
  const pool = new Pool({
    connectionString: process.env.TEST_DATABASE_URL,
    max: 3,
    options: `-c search_path=${schema}`,
  });
  const db = new Kysely<Db>({ dialect: new PostgresDialect({ pool }) });
  beforeAll(async () => {
    await sql`create schema ${sql.id(schema)}`.execute(db);
    await withTable(db);
  });
  afterAll(async () => {
    await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
    await db.destroy();
  });

  it('make a second locker of the row wait for the first transaction', async () => {
    expect(isPostgres(db)).toBe(true);
    const order: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const first = new Promise<void>((resolve) => (locked = resolve));
    const a = db.transaction().execute(async (trx) => {
      expect(await lockForUpdate(trx, 'lock_probe', 1)).toEqual({ id: 1, label: 'a' });
      locked();
      await held;
      order.push('a ends');
    });
    await first;
    const b = db.transaction().execute(async (trx) => {
      await lockRowsForUpdate(trx, 'lock_probe', [1, 2]);
      order.push('b locked');
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(order).toEqual([]);
    release();
    await Promise.all([a, b]);
    expect(order).toEqual(['a ends', 'b locked']);
  });
});
