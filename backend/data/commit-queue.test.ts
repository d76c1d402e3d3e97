// Database.transaction on both engines, and SQLite's group commit (commit-queue.ts): transactions that arrive
// together share one SQLite transaction, yet each commits or rolls back on its own, and none is answered before the
// group's COMMIT has returned. A second connection sees only what is committed, so it tells what a kill would keep.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { availableEngines } from '../../test/support/engines';
import { openDatabase, type Database } from './database';

describe.each(availableEngines())('Database.transaction on %s', (engine) => {
  let root: string;
  let database: Database;
  const table = `probe_${randomBytes(4).toString('hex')}`;
  const names = async () =>
    (await sql<{ name: string }>`SELECT name FROM ${sql.table(table)} ORDER BY name`.execute(database.db)).rows.map(
      (r) => r.name,
    );
  const insert = (name: string) => (trx: Parameters<Parameters<Database['transaction']>[0]>[0]) =>
    sql`INSERT INTO ${sql.table(table)} (name) VALUES (${name})`.execute(trx);

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'sp-commit-'));
    database = await openDatabase({ url: engine === 'postgres' ? process.env.TEST_DATABASE_URL : undefined, dataDir: root });
    await sql`CREATE TABLE ${sql.table(table)} (name TEXT PRIMARY KEY)`.execute(database.db);
  });
  afterAll(async () => {
    await sql`DROP TABLE ${sql.table(table)}`.execute(database.db);
    await database.close();
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await sql`DELETE FROM ${sql.table(table)}`.execute(database.db);
  });

  it('commits the others when one of several at once throws, and keeps nothing of the one that threw', async () => {
    const results = await Promise.allSettled([
      database.transaction(async (trx) => (await insert('a')(trx), 'a')),
      database.transaction(async (trx) => {
        await insert('b')(trx);
        throw new Error('b changed its mind');
      }),
      database.transaction(async (trx) => (await insert('c')(trx), 'c')),
      // A duplicate key fails one statement, not the group.
      database.transaction(async (trx) => (await insert('a')(trx), 'a again')),
      database.transaction(async (trx) => (await insert('d')(trx), 'd')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('b changed its mind'));
    expect(String((results[3] as PromiseRejectedResult).reason)).toMatch(/unique|duplicate/i);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value)).toEqual(['a', 'c', 'd']);
    expect(await names()).toEqual(['a', 'c', 'd']);
  });

  it('rolls back every write of a transaction that throws after several writes', async () => {
    await expect(
      database.transaction(async (trx) => {
        await insert('x')(trx);
        await insert('y')(trx);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await names()).toEqual([]);
  });
});

describe('SQLite group commit', () => {
  let root: string;
  let database: Database;
  let observer: BetterSqlite3.Database;
  const committed = (name: string) =>
    observer.prepare('SELECT count(*) AS n FROM probe WHERE name = ?').get(name) as { n: number };

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'sp-group-'));
    database = await openDatabase({ dataDir: root });
    await sql`CREATE TABLE probe (name TEXT PRIMARY KEY)`.execute(database.db);
    await sql`CREATE TABLE child (parent TEXT REFERENCES probe (name))`.execute(database.db);
    observer = new BetterSqlite3(path.join(root, 'silver-pioneers.sqlite'), { readonly: true });
  });
  afterEach(async () => {
    observer.close();
    await database.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('runs transactions that arrive together in one SQLite transaction, answering each only once it is committed', async () => {
    const seenInside: number[] = [];
    const seenOnAnswer: Record<string, number> = {};
    const member = (name: string) =>
      database
        .transaction(async (trx) => {
          await sql`INSERT INTO probe (name) VALUES (${name})`.execute(trx);
          // The earlier members' rows are there (one transaction), yet not committed: another connection lacks them.
          seenInside.push(
            Number((await sql<{ n: number }>`SELECT count(*) AS n FROM probe`.execute(trx)).rows[0].n),
            committed(name).n,
          );
          return name;
        })
        .then((answer) => {
          // The moment the answer is given, the row is on disk: a kill now would keep it.
          seenOnAnswer[answer] = committed(answer).n;
          return answer;
        });
    expect(await Promise.all(['p', 'q', 'r'].map(member))).toEqual(['p', 'q', 'r']);
    expect(seenInside).toEqual([1, 0, 2, 0, 3, 0]);
    expect(seenOnAnswer).toEqual({ p: 1, q: 1, r: 1 });
  });

  it('tells no member it succeeded when the group commit itself fails, and keeps nothing of that group', async () => {
    const results = await Promise.allSettled([
      database.transaction((trx) => sql`INSERT INTO probe (name) VALUES ('kept?')`.execute(trx)),
      database.transaction(async (trx) => {
        // Checked at COMMIT, so the whole group's commit fails, not this member's statement.
        await sql`PRAGMA defer_foreign_keys = ON`.execute(trx);
        await sql`INSERT INTO child (parent) VALUES ('nobody')`.execute(trx);
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(observer.prepare('SELECT count(*) AS n FROM probe').get()).toEqual({ n: 0 });
    expect(observer.prepare('SELECT count(*) AS n FROM child').get()).toEqual({ n: 0 });
    // The next group is not poisoned by the failed one.
    await database.transaction((trx) => sql`INSERT INTO probe (name) VALUES ('later')`.execute(trx));
    expect(committed('later').n).toBe(1);
  });
});
