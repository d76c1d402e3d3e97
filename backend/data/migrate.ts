// Versioned migrations, applied in name order. The host and the SQLite demo apply them at start; WeChat cloud
// functions only check that a deployment step (`npm run migrate`) has applied them. A shared migration is a file in
// migrations/ and a line below; a domain's is a file in its migrations/ and a line in its manifest's `migrations`.
import { sql } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import { DOMAINS } from '../domains/index';
import type { MigrationStep } from '../domains/domain';
import type { Database } from './database';
import * as m0001 from './migrations/0001-foundation';
import * as m0003 from './migrations/0003-security';
import * as m0004 from './migrations/0004-jobs-and-messages';
import * as m0005 from './migrations/0005-files';
import * as m0011 from './migrations/0011-lottery-system-seed';
import * as m0012 from './migrations/0012-rate-limit-counters';
import * as m0013 from './migrations/0013-ledger';
import * as m0014 from './migrations/0014-help-requests';
import * as m0019 from './migrations/0019-rate-limit-counters-unlogged';

const STEPS: Record<string, MigrationStep> = {
  '0001-foundation': m0001,
  '0003-security': m0003,
  '0004-jobs-and-messages': m0004,
  '0005-files': m0005,
  '0011-lottery-system-seed': m0011,
  '0012-rate-limit-counters': m0012,
  '0013-ledger': m0013,
  '0014-help-requests': m0014,
  '0019-rate-limit-counters-unlogged': m0019,
  ...Object.assign({}, ...DOMAINS.map((d) => ('migrations' in d ? d.migrations : {}))),
};

/** kysely's record of applied migrations. */
const MIGRATION_TABLE = 'kysely_migration';

/** The name of the newest migration: the schema version this code expects. */
export const EXPECTED_SCHEMA = Object.keys(STEPS).sort().at(-1) as string;

/** Thrown when the database lacks migrations this code needs: the deployment skipped `npm run migrate`. */
export class SchemaNotCurrentError extends Error {
  readonly missing: string[];
  constructor(missing: string[]) {
    super(`the database schema is behind this code: ${missing.length} migration(s) not applied (${missing.join(', ')}); run \`npm run migrate\``);
    this.name = 'SchemaNotCurrentError';
    this.missing = missing;
  }
}

/** The migrations this code has that the database has not applied, in order (all of them on an empty database). */
export async function missingMigrations(database: Database): Promise<string[]> {
  const exists =
    database.engine === 'postgres'
      ? await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = ${MIGRATION_TABLE} AND table_schema = current_schema()`.execute(database.db)
      : await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${MIGRATION_TABLE}`.execute(database.db);
  const applied = new Set<string>();
  if (Number(exists.rows[0]?.n ?? 0) > 0) {
    const rows = await sql<{ name: string }>`SELECT name FROM ${sql.table(MIGRATION_TABLE)}`.execute(database.db);
    for (const row of rows.rows) applied.add(row.name);
  }
  return Object.keys(STEPS).sort().filter((name) => !applied.has(name));
}

/**
 * For runtimes whose database user has no DDL rights (WeChat cloud functions): one read, no lock, no DDL.
 * A database ahead of the code (a newer deployment's migrations) is fine: migrations only add (except 0013, which
 * renames the ledger's tables: deploy the functions right after it).
 */
export async function requireCurrentSchema(database: Database): Promise<void> {
  const missing = await missingMigrations(database);
  if (missing.length > 0) throw new SchemaNotCurrentError(missing);
}

export async function migrateToLatest(database: Database): Promise<string[]> {
  return migrate(database, (migrator) => migrator.migrateToLatest());
}

/** Applies the migrations up to and including `name` only: a migration's test starts from the schema before it. */
export async function migrateTo(database: Database, name: string): Promise<string[]> {
  if (!(name in STEPS)) throw new Error(`no migration named ${name}`);
  return migrate(database, (migrator) => migrator.migrateTo(name));
}

async function migrate(database: Database, run: (migrator: Migrator) => Promise<MigrationResultSet>): Promise<string[]> {
  const migrations: Record<string, Migration> = {};
  for (const [name, step] of Object.entries(STEPS)) {
    migrations[name] = { up: (db) => step.up(db, database.engine) };
  }
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await run(migrator);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
