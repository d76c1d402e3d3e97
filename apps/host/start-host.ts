// Starts a host: dependencies, demo seed when the database is empty, HTTP server, the sweep of abandoned uploads, graceful shutdown.
import type { FastifyInstance } from 'fastify';
import { mkdirSync } from 'node:fs';
import { diskFileStore } from '../../backend/files/disk-file-store';
import { workerSpreadsheets } from '../../backend/files/workers/worker-spreadsheets';
import { espeakSpeech } from '../../backend/media/espeak-speech';
import { createDeps } from '../../backend/runtime/create-deps';
import type { Deps, FileStore } from '../../backend/runtime/deps';
import { batchedStdout, createLogger } from '../../backend/runtime/logger';
import { seedDemo } from '../../backend/seed/demo';
import { isSeeded } from '../../backend/seed/demo-city';
import type { HostConfig } from './host-config';
import { hostSkipsSubscribeMessages, startHostJobs } from './host-jobs';
import { hostQrImages } from './host-qr-images';
import { buildServer } from './server';
import { startUploadSweep } from './upload-sweep';

export interface RunningHost {
  app: FastifyInstance;
  deps: Deps;
  url: string;
  /** Stops taking requests, finishes those in flight, closes the database. */
  stop(): Promise<void>;
}

/** The configured store; an S3 bucket is checked first, so a host with a wrong setting does not start. */
async function openFileStore(config: HostConfig): Promise<FileStore> {
  const settings = config.fileStore ?? { kind: 'disk' };
  if (settings.kind !== 's3') return diskFileStore(config.mediaDir);
  // Loaded only here: a host on its disk never loads the AWS SDK.
  const { s3FileStore } = await import('../../backend/files/s3-file-store');
  // The host always streams the bucket at /media/ itself: the H5 app's CSP allows media from its own origin only.
  const store = s3FileStore({ ...settings.s3, publicBase: '/media/' });
  await store.check();
  return store;
}

export async function startHost(config: HostConfig): Promise<RunningHost> {
  const log = createLogger(config.logLevel, {}, batchedStdout());
  const files = await openFileStore(config);
  const deps = await createDeps({
    databaseUrl: config.databaseUrl,
    poolSize: config.dbPoolSize,
    preparedStatements: config.dbPreparedStatements,
    dataDir: config.dataDir,
    demoMode: config.demoMode,
    sessionSecret: config.sessionSecret,
    sceneSecret: config.sceneSecret,
    publicUrl: config.publicUrl,
    qrImages: hostQrImages(),
    files,
    spreadsheets: workerSpreadsheets(),
    speech: espeakSpeech(),
    subscribeMessages: hostSkipsSubscribeMessages,
    log,
  });
  mkdirSync(config.mediaDir, { recursive: true });
  if (config.demoMode && !(await isSeeded(deps.database.db))) {
    await seedDemo(deps.database.db, deps.files, (line) => log.info(line));
  }
  const app = await buildServer(deps, {
    h5Dir: config.h5Dir,
    mediaDir: config.mediaDir,
    trustProxy: config.trustProxy,
  });
  await app.listen({ port: config.port, host: config.host });
  const sweep = startUploadSweep(deps.database.db, deps.files, config.mediaDir, log);
  const jobs = startHostJobs(deps, {
    everyMs: config.jobIntervalMs,
    wechatSendsSubscribeMessages: config.wechatSendsSubscribeMessages,
  });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}`;
  log.info('host ready', {
    url,
    engine: deps.database.engine,
    database: deps.database.describe,
    files: deps.files.kind,
    demoMode: config.demoMode,
  });
  return {
    app,
    deps,
    url,
    async stop() {
      await app.close();
      await sweep.stop();
      await jobs?.stop();
      await deps.database.close();
    },
  };
}
