// Builds the runtime's dependencies: opens and migrates the database, loads the session secret.
// Shared by the host and the WeChat entry so both start the same way.
import { openDatabase } from '../data/database';
import { migrateToLatest } from '../data/migrate';
import type { Deps } from './deps';
import { createLogger, type Logger } from './logger';
import { createSessionTokens, loadSessionSecret } from './session-tokens';

export interface DepsOptions {
  databaseUrl?: string;
  dataDir: string;
  demoMode: boolean;
  sessionSecret?: string;
  log?: Logger;
  poolSize?: number;
}

export async function createDeps(options: DepsOptions): Promise<Deps> {
  const log = options.log ?? createLogger();
  const database = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir, poolSize: options.poolSize });
  const applied = await migrateToLatest(database);
  if (applied.length > 0) log.info('migrated', { engine: database.engine, applied });
  const secret = await loadSessionSecret(database.db, options.sessionSecret);
  return {
    database,
    tokens: createSessionTokens(secret),
    config: { demoMode: options.demoMode },
    log,
    now: () => new Date(),
  };
}
