// Opens the one query layer on SQLite (embedded default) or PostgreSQL (DATABASE_URL), and migrates it.
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createCommitQueue } from './commit-queue';
import { pipelinedCommits } from './pipelined-commit';
import { preparedStatements } from './prepared-statements';
import type { Schema } from './schema';

export type Engine = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Schema>;
  engine: Engine;
  /** Where the SQLite file lives, or the Postgres URL with the password masked: for logs. */
  describe: string;
  /**
   * Runs `work` in a transaction and returns once it is committed to disk. On SQLite the transactions that arrive
   * together share one commit (commit-queue.ts); each still commits or rolls back as a whole on its own.
   */
  transaction<T>(work: (trx: Transaction<Schema>) => Promise<T>): Promise<T>;
  /**
   * Runs `work` with commits that an OS crash or power cut may undo, for frequent writes the client resends anyway
   * (listening progress): on SQLite `synchronous = NORMAL` instead of FULL, holding the one connection meanwhile.
   * Every other commit reaches the disk before it returns. PostgreSQL syncs every commit; there this only runs `work`.
   */
  withResendableCommits<T>(work: (db: Kysely<Schema>) => Promise<T>): Promise<T>;
  /**
   * SQLite only: a number that changes whenever the database may have changed since it was last read — at once for
   * any row this process changes (its one connection's change count), and within DATA_VERSION_EVERY_MS for a commit
   * by another process (a CLI beside the host). A read that runs on every call may be kept until it changes
   * (caller.ts). Absent on PostgreSQL: other hosts write there unseen, so every call reads.
   */
  changeMark?(): number;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… selects PostgreSQL; absent selects SQLite under dataDir. */
  url?: string;
  dataDir: string;
  /** Pool size per host process for PostgreSQL; HOST_POOL_SIZE when absent. */
  poolSize?: number;
  /** PostgreSQL time limits; absent ones take HOST_TIMEOUTS. */
  timeouts?: Partial<PostgresTimeouts>;
  /** Shown in pg_stat_activity, so an operator sees which function holds which connection. */
  applicationName?: string;
  /**
   * PostgreSQL: prepare each statement once per connection (prepared-statements.ts); on unless false. Off for a
   * connection pooler that cannot keep them (PgBouncer before 1.21, or without max_prepared_statements).
   */
  preparedStatements?: boolean;
}

/** How long PostgreSQL work may wait or run before the call fails with a sentence instead of hanging. */
export interface PostgresTimeouts {
  /** Opening a connection (TCP, TLS, start-up, waiting for a free one in the pool). */
  connectMs: number;
  /** One statement on the server (statement_timeout). */
  statementMs: number;
  /** A transaction left open with nothing running (idle_in_transaction_session_timeout). */
  idleInTransactionMs: number;
  /** A pooled connection unused this long is closed by the pool. */
  idleMs: number;
}

/**
 * A host's PostgreSQL connections: twice this machine's cores, at least 4. More connections than the server can run
 * at once only queue inside it: in a sign-up rush on 2 cores, 10 connections signed up 535–545 people a second and 4
 * signed up 680–715, since every extra transaction waits on the event's row lock and the waiters take CPU from the
 * lock holder (docs/EVENTS.md). DB_POOL_SIZE sets it (a host on a machine other than the database's).
 */
export const HOST_POOL_SIZE = Math.max(4, 2 * availableParallelism());

/**
 * DB_POOL_SIZE, read alike by the host and the cloud functions: a whole number of connections from 1 to 1000, or
 * undefined when unset (each runtime's own default). A typo stops the process (the host) or the call (a function).
 */
export function readPoolSize(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new Error(`DB_POOL_SIZE must be a whole number of connections from 1 to 1000, got ${value}`);
  return n;
}

/**
 * A long-running host: quick to say the database is unreachable, no limit on statements (0 = off), since it also
 * migrates and seeds, which may run long on a big database.
 */
export const HOST_TIMEOUTS: PostgresTimeouts = { connectMs: 5_000, statementMs: 0, idleInTransactionMs: 0, idleMs: 30_000 };

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.url && /^postgres(ql)?:\/\//.test(config.url)) {
    return openPostgres(config.url, config.poolSize ?? HOST_POOL_SIZE, { ...HOST_TIMEOUTS, ...config.timeouts }, config.applicationName, config.preparedStatements ?? true);
  }
  return openSqlite(config.dataDir);
}

/** Socket errors that mean the server was not reached or went away, not that a statement was wrong. */
const UNREACHABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/**
 * SQLSTATEs that mean "cannot serve you now": class 08 (connection exception), 53300 too many connections,
 * 57P01–57P03 shutdown / cannot connect now.
 */
const UNAVAILABLE_STATE = /^(08...|53300|57P0[123])$/;
/** node-postgres' own words for a connect that timed out or a connection cut mid-call. */
const UNREACHABLE_MESSAGE = /timeout exceeded when trying to connect|connection terminated|connection timeout|not queryable/i;

/**
 * Whether an error says the database could not be reached or refused new work (down, unreachable, full), so the
 * caller answers "try again later" rather than "something broke". A bad statement or a constraint is not one.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  // Shape, not instanceof: socket errors may come from another realm (Node's core, a test sandbox).
  if (typeof err !== 'object' || err === null) return false;
  const { code, errors, message } = err as { code?: unknown; errors?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNREACHABLE_SOCKET.has(code) || UNAVAILABLE_STATE.test(code))) return true;
  // An AggregateError (several addresses tried) carries the socket errors inside.
  if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  return typeof message === 'string' && UNREACHABLE_MESSAGE.test(message);
}

const DURABLE = 'FULL';

async function openSqlite(dataDir: string): Promise<Database> {
  // Loaded lazily: the WeChat cloud bundle never ships the native SQLite module.
  const { default: BetterSqlite3 } = await import('better-sqlite3');
  const file = path.join(dataDir, 'silver-pioneers.sqlite');
  keepPrivate(dataDir, file);
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL syncs the WAL at every commit, so an OS crash or power cut cannot undo a sign-up or a check-in the person
  // was told had succeeded (NORMAL syncs only at checkpoints). It costs one fsync per write transaction
  // (bench: sqliteDurability); frequent writes the client resends anyway may opt out through withResendableCommits.
  sqlite.pragma(`synchronous = ${DURABLE}`);
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Its statements are prepared before the cache below, so a query of the same text never shares their pluck mode.
  const changeMark = changeMarkOf(sqlite);
  cachePreparedStatements(sqlite);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  const commits = createCommitQueue(db);
  return {
    db,
    engine: 'sqlite',
    describe: file,
    transaction: (work) => commits.run(work),
    changeMark,
    // The setting belongs to the connection and is ignored inside a transaction, so it is switched while this call
    // holds the one connection, before its transactions begin and after they end.
    withResendableCommits: (work) =>
      db.connection().execute(async (connection) => {
        sqlite.pragma('synchronous = NORMAL');
        try {
          return await work(connection);
        } finally {
          sqlite.pragma(`synchronous = ${DURABLE}`);
        }
      }),
    close: () => db.destroy(),
  };
}

/** How often the change mark asks SQLite whether another process committed (that read opens a read transaction). */
export const DATA_VERSION_EVERY_MS = 500;

/**
 * `total_changes()` counts every row this connection inserted, updated or deleted (a cheap call that reads no page);
 * `data_version` changes when another connection commits, but reading it opens a read transaction, which costs as
 * much as a small query, so it is asked at most every DATA_VERSION_EVERY_MS.
 */
function changeMarkOf(sqlite: import('better-sqlite3').Database): () => number {
  const changes = sqlite.prepare('select total_changes()').pluck();
  const version = sqlite.prepare('select data_version from pragma_data_version').pluck();
  let mark = 0;
  let lastChanges = -1;
  let lastVersion = -1;
  let versionAskedAt = -Infinity;
  return () => {
    const c = changes.get() as number;
    if (c !== lastChanges) {
      lastChanges = c;
      mark += 1;
    }
    const now = performance.now();
    if (now - versionAskedAt >= DATA_VERSION_EVERY_MS) {
      versionAskedAt = now;
      const v = version.get() as number;
      if (v !== lastVersion) {
        lastVersion = v;
        mark += 1;
      }
    }
    return mark;
  };
}

/**
 * The SQLite file holds the session and scene signing secrets, so the data folder is the owner's alone (0700) and
 * so are the database and its -wal and -shm files (0600). The file is created owner-only before SQLite opens it, so
 * it is never readable by others even for a moment, and SQLite gives its -wal and -shm files the database's mode.
 * A folder or file an older version left readable is tightened; if that is not allowed, the host does not start.
 */
function keepPrivate(dataDir: string, file: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  // Windows has no such modes; its folders' access lists are left to the administrator.
  if (process.platform === 'win32') return;
  for (const p of [dataDir, file, `${file}-wal`, `${file}-shm`]) {
    let mode: number;
    try {
      mode = statSync(p).mode;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    if ((mode & 0o077) !== 0) chmodSync(p, mode & 0o700);
  }
}

/**
 * Kysely prepares every query afresh; preparing costs more than running our small queries. The same SQL text
 * reuses its statement (better-sqlite3 statements are synchronous, so sharing one is safe). Bounded in size.
 */
function cachePreparedStatements(sqlite: import('better-sqlite3').Database, limit = 500): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, ReturnType<typeof prepare>>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
      cache.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

async function openPostgres(url: string, poolSize: number, timeouts: PostgresTimeouts, applicationName = 'silver-pioneers', prepare = true): Promise<Database> {
  const pg = await import('pg');
  const Pool = pg.default?.Pool ?? pg.Pool;
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    // Without it an unreachable server (a missing allow-list entry drops packets) hangs each call until the
    // function's own timeout kills it, with no answer for the person.
    connectionTimeoutMillis: timeouts.connectMs,
    idleTimeoutMillis: timeouts.idleMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    application_name: applicationName,
    // A NAT or firewall between a cloud function and the database drops quiet connections without telling either.
    keepAlive: true,
    // Idle connections never keep a finished CLI, test or frozen function's event loop alive.
    allowExitOnIdle: true,
    // A query is written at once instead of after the previous answer; kysely still awaits each, so only BEGIN with
    // a transaction's first statement, and its last statement with COMMIT, share a write (pipelined-commit.ts).
    pipeline: true,
  });
  // An idle connection the server closed (restart, failover, admin) must not crash the process: the pool drops it
  // and opens a new one when next needed; a request that was using one fails and is logged with its trace id.
  pool.on('error', (err: Error) => {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg: 'idle PostgreSQL connection lost', error: err.message })}\n`);
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: pipelinedCommits(pool, prepare ? preparedStatements() : null) }) });
  return {
    db,
    engine: 'postgres',
    describe: url.replace(/:[^:@/]*@/, ':***@'),
    transaction: (work) => db.transaction().execute(work),
    // synchronous_commit is on by default: every commit is flushed to the server's disk before it returns.
    withResendableCommits: (work) => work(db),
    close: () => db.destroy(),
  };
}
