// Starts a real host for a test: a fresh SQLite file or a fresh PostgreSQL database, the demo city seeded,
// listening on a free loopback port. Talk to it over HTTP like any client.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Engine } from '../../backend/data/database';
import type { FileStoreSettings } from '../../backend/files/file-store-settings';
import { JOB_HANDLERS } from '../../backend/jobs/registry';
import type { Deps } from '../../backend/runtime/deps';
import type { TrustProxy } from '../../apps/host/host-config';
import { startHost as startRealHost } from '../../apps/host/start-host';

export interface TestHost {
  baseUrl: string;
  engine: Engine;
  /** The PostgreSQL database this host uses (absent on SQLite), for another runtime to share. */
  databaseUrl?: string;
  mediaDir: string;
  deps: Deps;
  stop(): Promise<void>;
}

export interface TestHostOptions {
  engine?: Engine;
  demoMode?: boolean;
  h5Dir?: string;
  /** How often the host runs due jobs; 0 leaves them to the test, which runs its own runners. */
  jobIntervalMs?: number;
  /** Where files are kept (default: this host's own media folder). */
  fileStore?: FileStoreSettings;
  /** Another host's PostgreSQL database to share (as hosts behind a load balancer do); it drops it, not this one. */
  databaseUrl?: string;
  /** TRUST_PROXY as the host reads it (host-config.ts): whose X-Forwarded-For names the client. */
  trustProxy?: TrustProxy;
}

export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: no PostgreSQL server for this test.');
  const name = `sp_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A free loopback port, so the host knows its own public URL (QR codes encode it) before it listens. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Waits until the host has run the jobs due at its start (housekeeping, deadline checks, the ledger check), so a test
 * that compares tables before and after a refusal sees the host's own work finished, not landing mid-test.
 */
async function startUpJobsSettled(deps: Deps): Promise<void> {
  const deadline = Date.now() + 30_000;
  const recurring = JOB_HANDLERS.filter((h) => h.recurring).length;
  for (;;) {
    // Every recurring kind on the table means the first tick has begun; then nothing due or running means it ended.
    const { n } = await deps.database.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll().as('n'))
      .where(
        'dedupe_key',
        'in',
        JOB_HANDLERS.filter((h) => h.recurring).map((h) => h.kind),
      )
      .executeTakeFirstOrThrow();
    const due = await deps.database.db
      .selectFrom('jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('status', '=', 'running'),
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', deps.now().toISOString())]),
        ]),
      )
      .limit(1)
      .execute();
    if (Number(n) === recurring && due.length === 0) return;
    if (Date.now() > deadline) throw new Error('the host’s start-up jobs did not finish within 30 s');
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function startHost(options: TestHostOptions = {}): Promise<TestHost> {
  const engine = options.engine ?? 'sqlite';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sp-host-'));
  const pg = engine === 'postgres' && !options.databaseUrl ? await createPostgresDatabase() : null;
  const databaseUrl = options.databaseUrl ?? pg?.url;
  const port = await freePort();
  const host = await startRealHost({
    port,
    publicUrl: `http://127.0.0.1:${port}`,
    host: '127.0.0.1',
    dataDir,
    databaseUrl,
    demoMode: options.demoMode ?? true,
    logLevel: 'warn',
    h5Dir: options.h5Dir ?? path.resolve(__dirname, '../../dist/h5'),
    mediaDir: path.join(dataDir, 'media'),
    jobIntervalMs: options.jobIntervalMs,
    fileStore: options.fileStore,
    trustProxy: options.trustProxy,
  });
  if (options.jobIntervalMs !== 0) await startUpJobsSettled(host.deps);
  return {
    baseUrl: host.url,
    engine,
    databaseUrl,
    mediaDir: path.join(dataDir, 'media'),
    deps: host.deps,
    async stop() {
      await host.stop();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
