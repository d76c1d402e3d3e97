// The SQLite file holds the signing secrets for sessions and QR scenes: it and its folder must be the owner's alone,
// and a commit must survive an OS crash.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from './database';
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
