// Opens the one query layer on SQLite (embedded default) or PostgreSQL (DATABASE_URL), and migrates it.
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Schema } from './schema';

export type Engine = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Schema>;
  engine: Engine;
  /** Where the SQLite file lives, or the Postgres URL with the password masked: for logs. */
  describe: string;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… selects PostgreSQL; absent selects SQLite under dataDir. */
  url?: string;
  dataDir: string;
  /** Pool size per host process for PostgreSQL. */
  poolSize?: number;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.url && /^postgres(ql)?:\/\//.test(config.url)) return openPostgres(config.url, config.poolSize ?? 10);
  return openSqlite(config.dataDir);
}

async function openSqlite(dataDir: string): Promise<Database> {
  // Loaded lazily: the WeChat cloud bundle never ships the native SQLite module.
  const { default: BetterSqlite3 } = await import('better-sqlite3');
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'silver-pioneers.sqlite');
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  cachePreparedStatements(sqlite);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: 'sqlite', describe: file, close: () => db.destroy() };
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

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pg = await import('pg');
  const Pool = pg.default?.Pool ?? pg.Pool;
  const pool = new Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closed (restart, failover, admin) must not crash the process: the pool drops it
  // and opens a new one when next needed; a request that was using one fails and is logged with its trace id.
  pool.on('error', (err: Error) => {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg: 'idle PostgreSQL connection lost', error: err.message })}\n`);
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', describe: url.replace(/:[^:@/]*@/, ':***@'), close: () => db.destroy() };
}
