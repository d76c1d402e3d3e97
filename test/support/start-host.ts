// Starts a real host for a test: a fresh SQLite file or a fresh PostgreSQL database, the demo city seeded,
// listening on a free loopback port. Talk to it over HTTP like any client.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Engine } from '../../backend/data/database';
import type { Deps } from '../../backend/runtime/deps';
import { startHost as startRealHost } from '../../backend/host/start-host';

export interface TestHost {
  baseUrl: string;
  engine: Engine;
  deps: Deps;
  stop(): Promise<void>;
}

export interface TestHostOptions {
  engine?: Engine;
  demoMode?: boolean;
  h5Dir?: string;
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
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

export async function startHost(options: TestHostOptions = {}): Promise<TestHost> {
  const engine = options.engine ?? 'sqlite';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sp-host-'));
  const pg = engine === 'postgres' ? await createPostgresDatabase() : null;
  const host = await startRealHost({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: pg?.url,
    demoMode: options.demoMode ?? true,
    logLevel: 'warn',
    h5Dir: options.h5Dir ?? path.resolve(__dirname, '../../dist/h5'),
    mediaDir: path.join(dataDir, 'media'),
  });
  return {
    baseUrl: host.url,
    engine,
    deps: host.deps,
    async stop() {
      await host.stop();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
