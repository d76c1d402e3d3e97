// Builds the runtime's dependencies: opens the database and migrates it (host) or checks its version (WeChat),
// loads the secrets. Shared by the host and the WeChat entry so both start the same way; each passes its own QR,
// file, sheet and speech adapters.
import { openDatabase, type PostgresTimeouts } from '../data/database';
import { migrateToLatest, requireCurrentSchema } from '../data/migrate';
import { createHmac } from 'node:crypto';
import type { ClientUploads, Deps, FileStore, QrImages, Speech, Spreadsheets } from './deps';
import { createLogger, type Logger } from './logger';
import { createRateLimits, sharedRateLimits } from './rate-limits';
import { createSessionTokens, loadSecret } from './session-tokens';
import { subscribeMessagesSkipped, type SubscribeMessages } from './subscribe-messages';

export interface DepsOptions {
  databaseUrl?: string;
  dataDir: string;
  demoMode: boolean;
  publicUrl: string;
  sessionSecret?: string;
  sceneSecret?: string;
  qrImages: QrImages;
  files: FileStore;
  clientUploads?: ClientUploads;
  spreadsheets?: Spreadsheets;
  /** Makes 朗读 audio: the host passes espeak-ng's; a WeChat cloud function none (Deps.speech). */
  speech?: Speech;
  /** Absent: messages are marked skipped (nothing here can send them). */
  subscribeMessages?: SubscribeMessages;
  log?: Logger;
  poolSize?: number;
  /** PostgreSQL: prepare statements per connection (database.ts); on unless false. */
  preparedStatements?: boolean;
  timeouts?: Partial<PostgresTimeouts>;
  applicationName?: string;
  /**
   * 'migrate' (default): apply pending migrations at start (host, SQLite demo). 'check': only verify the schema is
   * current and throw SchemaNotCurrentError if not, so the runtime's database user needs no DDL rights.
   */
  schema?: 'migrate' | 'check';
}

export async function createDeps(options: DepsOptions): Promise<Deps> {
  const log = options.log ?? createLogger();
  const database = await openDatabase({
    url: options.databaseUrl,
    dataDir: options.dataDir,
    poolSize: options.poolSize,
    preparedStatements: options.preparedStatements,
    timeouts: options.timeouts,
    applicationName: options.applicationName,
  });
  let sessionSecret: string;
  let sceneKey: string;
  try {
    if (options.schema === 'check') await requireCurrentSchema(database);
    else {
      const applied = await migrateToLatest(database);
      if (applied.length > 0) log.info('migrated', { engine: database.engine, applied });
    }
    sessionSecret = await loadSecret(database.db, 'session_secret', options.sessionSecret);
    sceneKey = await loadSecret(database.db, 'scene_secret', options.sceneSecret);
  } catch (err) {
    // A failed start must not leave a pool behind: the next call opens a fresh one.
    await database.close().catch(() => undefined);
    throw err;
  }
  return {
    database,
    tokens: createSessionTokens(sessionSecret),
    sceneKey,
    config: { demoMode: options.demoMode, publicUrl: options.publicUrl.replace(/\/+$/, '') },
    qrImages: options.qrImages,
    files: options.files,
    clientUploads: options.clientUploads,
    spreadsheets: options.spreadsheets,
    speech: options.speech,
    // A key of its own for export links, derived so that a leaked link key would not sign sessions.
    fileLinkKey: createHmac('sha256', sessionSecret).update('silver-pioneers/file-links/v1').digest('base64url'),
    subscribeMessages: options.subscribeMessages ?? subscribeMessagesSkipped('no WeChat sender in this runtime'),
    // Hosts sharing a PostgreSQL database share one count; SQLite has one host, whose memory is enough.
    limits: database.engine === 'postgres' ? sharedRateLimits(database.db, log) : createRateLimits(),
    log,
    now: () => new Date(),
  };
}
