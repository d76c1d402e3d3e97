// The SQLite file holds the signing secrets for sessions and QR scenes: it and its folder must be the owner's alone,
// and a commit must survive an OS crash.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { createServer } from 'node:net';
import { isDatabaseUnavailable, openDatabase } from './database';
import { availableEngines } from '../../test/support/engines';
import type { Schema } from './schema';

const FILE = 'silver-pioneers.sqlite';
// Octal text, so a failure reads as 644 rather than 420.
const modeOf = (p: string) => (statSync(p).mode & 0o777).toString(8);

const OWNER_ONLY = { dir: '700', file: '600', wal: '600', shm: '600' };
const describeOnPosix = process.platform === 'win32' ? describe.skip : describe;

describeOnPosix('the SQLite data folder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sp-db-modes-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  /** Opens the database, writes once (so the -wal and -shm files exist) and reports every file's mode. */
  async function openAndWrite(dataDir: string) {
    const database = await openDatabase({ dataDir });
    try {
      await sql`CREATE TABLE IF NOT EXISTS probe (x INTEGER)`.execute(database.db);
      await sql`INSERT INTO probe (x) VALUES (1)`.execute(database.db);
      const file = path.join(dataDir, FILE);
      return { dir: modeOf(dataDir), file: modeOf(file), wal: modeOf(`${file}-wal`), shm: modeOf(`${file}-shm`) };
    } finally {
      await database.close();
    }
  }

  it('is created owner-only, with the database and its -wal and -shm files', async () => {
    const dataDir = path.join(root, 'nested', 'data');
    expect(await openAndWrite(dataDir)).toEqual(OWNER_ONLY);
  });

  it('stays owner-only even when the process umask lets everyone read', async () => {
    const previous = process.umask(0);
    try {
      expect(await openAndWrite(path.join(root, 'data'))).toEqual(OWNER_ONLY);
    } finally {
      process.umask(previous);
    }
  });

  it('tightens a folder and files that an older version left readable by everyone', async () => {
    const dataDir = path.join(root, 'data');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    const first = await openDatabase({ dataDir });
    await first.close();
    const file = path.join(dataDir, FILE);
    for (const p of [file, `${file}-wal`, `${file}-shm`]) {
      if (p !== file) writeFileSync(p, '', { flag: 'a' });
      chmodSync(p, 0o644);
    }
    chmodSync(dataDir, 0o755);
    expect(await openAndWrite(dataDir)).toEqual(OWNER_ONLY);
  });
});

// An OS crash or power cut must not undo a sign-up the person was told had succeeded: SQLite syncs each commit
// (synchronous = FULL, 2) except inside withResendableCommits (NORMAL, 1), kept for writes the client resends anyway.
describe('SQLite commits', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sp-db-sync-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const syncLevel = async (db: Kysely<Schema>) => (await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(db)).rows[0].synchronous;

  it('reach the disk before they return', async () => {
    const database = await openDatabase({ dataDir: root });
    try {
      expect(await syncLevel(database.db)).toBe(2);
    } finally {
      await database.close();
    }
  });

  it('are relaxed only for resendable writes, and made durable again afterwards, even after a failure', async () => {
    const database = await openDatabase({ dataDir: root });
    try {
      await sql`CREATE TABLE probe (x INTEGER)`.execute(database.db);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const relaxed = database.withResendableCommits(async (db) => {
        const inside = await syncLevel(db);
        await db.transaction().execute(async (trx) => {
          await sql`INSERT INTO probe (x) VALUES (1)`.execute(trx);
        });
        await held;
        return inside;
      });
      // Another request meanwhile waits for the one connection, and then commits durably again.
      const meanwhile = syncLevel(database.db);
      release();
      expect(await relaxed).toBe(1);
      expect(await meanwhile).toBe(2);
      expect(Number((await sql<{ n: number }>`SELECT count(*) AS n FROM probe`.execute(database.db)).rows[0].n)).toBe(1);

      await expect(database.withResendableCommits(async () => {
        throw new Error('boom');
      })).rejects.toThrow('boom');
      expect(await syncLevel(database.db)).toBe(2);
    } finally {
      await database.close();
    }
  });
});

// "Try again later" (DATABASE_UNAVAILABLE) is for a database that cannot be reached or takes no more connections;
// a wrong statement stays INTERNAL. Every error here is a real one from node-postgres or the server.
describe('an unavailable PostgreSQL', () => {
  const firstError = async (url: string, statement = 'SELECT 1', timeouts = { connectMs: 1_000 }) => {
    const database = await openDatabase({ url, dataDir: '/nonexistent', poolSize: 1, timeouts });
    try {
      await sql.raw(statement).execute(database.db);
      return null;
    } catch (err) {
      return err;
    } finally {
      await database.close();
    }
  };

  it('is recognised when nothing listens on the port', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(isDatabaseUnavailable(await firstError(`postgres://app@127.0.0.1:${port}/db`))).toBe(true);
  });

  it('is recognised when the server accepts and never answers, after the connect timeout rather than never', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const started = Date.now();
    try {
      const err = await firstError(`postgres://app@127.0.0.1:${(silent.address() as { port: number }).port}/db`, 'SELECT 1', { connectMs: 800 });
      expect(isDatabaseUnavailable(err)).toBe(true);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      silent.close();
    }
  });

  (availableEngines().includes('postgres') ? it : it.skip)('is recognised when the server is out of connections (53300), and a bad statement is not', async () => {
    const adminUrl = process.env.TEST_DATABASE_URL as string;
    const role = `sp_limit_${process.pid}`;
    const admin = await openDatabase({ url: adminUrl, dataDir: '/nonexistent', poolSize: 1 });
    try {
      await sql.raw(`DROP ROLE IF EXISTS ${role}`).execute(admin.db);
      // CONNECTION LIMIT 0: the same refusal (SQLSTATE 53300) a full max_connections gives, without filling the server.
      await sql.raw(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 0`).execute(admin.db);
      const url = new URL(adminUrl);
      url.username = role;
      const refused = await firstError(url.toString());
      expect((refused as { code?: string }).code).toBe('53300');
      expect(isDatabaseUnavailable(refused)).toBe(true);
      expect(isDatabaseUnavailable(await firstError(adminUrl, 'SELECT * FROM no_such_table'))).toBe(false);
      expect(isDatabaseUnavailable(await firstError(adminUrl, 'SELECT 1/0'))).toBe(false);
    } finally {
      await sql.raw(`DROP ROLE IF EXISTS ${role}`).execute(admin.db);
      await admin.close();
    }
  });
});
