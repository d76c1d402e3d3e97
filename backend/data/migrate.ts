// Versioned migrations, applied in name order at start. Add a file to migrations/ and a line below.
import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { Database, Engine } from './database';
import * as m0001 from './migrations/0001-foundation';
import * as m0002 from './migrations/0002-audiobooks';
import * as m0003 from './migrations/0003-security';
import * as m0004 from './migrations/0004-jobs-and-messages';
import * as m0005 from './migrations/0005-files';
import * as m0006 from './migrations/0006-events';
import * as m0007 from './migrations/0007-volunteer';
import * as m0008 from './migrations/0008-notices';
import * as m0009 from './migrations/0009-org';
import * as m0010 from './migrations/0010-volunteer-trust';
import * as m0011 from './migrations/0011-lottery-system-seed';
import * as m0012 from './migrations/0012-rate-limit-counters';

type Step = { up(db: Kysely<unknown>, engine: Engine): Promise<void> };

const STEPS: Record<string, Step> = {
  '0001-foundation': m0001,
  '0002-audiobooks': m0002,
  '0003-security': m0003,
  '0004-jobs-and-messages': m0004,
  '0005-files': m0005,
  '0006-events': m0006,
  '0007-volunteer': m0007,
  '0008-notices': m0008,
  '0009-org': m0009,
  '0010-volunteer-trust': m0010,
  '0011-lottery-system-seed': m0011,
  '0012-rate-limit-counters': m0012,
};

export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrations: Record<string, Migration> = {};
  for (const [name, step] of Object.entries(STEPS)) {
    migrations[name] = { up: (db) => step.up(db, database.engine) };
  }
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
