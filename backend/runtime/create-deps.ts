// Builds the runtime's dependencies: opens and migrates the database, loads the secrets.
// Shared by the host and the WeChat entry so both start the same way; each passes its own QR and audio adapters.
import { openDatabase } from '../data/database';
import { migrateToLatest } from '../data/migrate';
import type { AudioStore, Deps, QrImages } from './deps';
import { createLogger, type Logger } from './logger';
import { createRateLimits } from './rate-limits';
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
  audio: AudioStore;
  /** Absent: messages are marked skipped (nothing here can send them). */
  subscribeMessages?: SubscribeMessages;
  log?: Logger;
  poolSize?: number;
}

export async function createDeps(options: DepsOptions): Promise<Deps> {
  const log = options.log ?? createLogger();
  const database = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir, poolSize: options.poolSize });
  const applied = await migrateToLatest(database);
  if (applied.length > 0) log.info('migrated', { engine: database.engine, applied });
  return {
    database,
    tokens: createSessionTokens(await loadSecret(database.db, 'session_secret', options.sessionSecret)),
    sceneKey: await loadSecret(database.db, 'scene_secret', options.sceneSecret),
    config: { demoMode: options.demoMode, publicUrl: options.publicUrl.replace(/\/+$/, '') },
    qrImages: options.qrImages,
    audio: options.audio,
    subscribeMessages: options.subscribeMessages ?? subscribeMessagesSkipped('no WeChat sender in this runtime'),
    limits: createRateLimits(),
    log,
    now: () => new Date(),
  };
}
