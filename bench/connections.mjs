// Suite `connections`: how many PostgreSQL connections WeChat cloud functions open under a rush, and what happens at
// max_connections. Each WeChat instance of an event function serves one call at a time and keeps its pool while it
// stays warm, so the database sees (instances) × (connections each instance opened). Here every instance is a fresh
// copy of a real `build:cloud` bundle (its own module state, its own pg pool), with only wx-server-sdk faked, on a
// throwaway PostgreSQL started with a small max_connections (CONNECTIONS_MAX, default 100), migrated by
// `npm run migrate` and seeded with the demo city.
//   per instance: 7 functions × 3 instances, 20 calls each (reads and a write), pool 2 then pool 1: peak connections.
//   rush: 7 functions × 20 instances, all calling at once, pool 2 then pool 1: calls served, calls answered
//   DATABASE_UNAVAILABLE, peak connections; then as many instances as fit max_connections with pool 1.
// Figures and the setting they lead to: docs/WECHAT-DEPLOY.md. Reports, does not gate.
import { execFileSync } from 'node:child_process';
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createBenchDatabase } from './pg-database.mjs';
import { round } from './stats.mjs';

const require = createRequire(import.meta.url);
const FUNCTIONS = ['account', 'audiobooks', 'events', 'notices', 'org', 'qrcode', 'volunteer'];
const MAX_CONNECTIONS = Number(process.env.CONNECTIONS_MAX ?? 100);
const RUSH_INSTANCES_PER_FN = Number(process.env.CONNECTIONS_RUSH_INSTANCES ?? 20);

/** One call a member makes to each function; account alternates a read and a write (a transaction). */
function eventFor(fn, i) {
  switch (fn) {
    case 'account':
      return i % 2 === 0
        ? { action: 'me', data: {} }
        : { action: 'updatePreferences', data: { largeText: i % 4 === 1 } };
    case 'audiobooks':
      return { action: 'list', data: {} };
    case 'events':
      return { action: 'list', data: {} };
    case 'notices':
      return { action: 'unreadCount', data: {} };
    case 'org':
      return { action: 'branchChoices', data: {} };
    case 'qrcode':
      return { action: 'resolve', data: { scene: 'b.1' } };
    default:
      return { action: 'posts', data: {} };
  }
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;

/** @param {import('./context.mjs').BenchContext} ctx */
async function prepare(ctx) {
  const { startThrowawayPostgres } = require('../test/support/postgres-server.js');
  const server = startThrowawayPostgres({ maxConnections: MAX_CONNECTIONS });
  if (!server) throw new Error('the connections bench needs PostgreSQL binaries (apt-get install postgresql)');
  // pg_ctl starts a daemon: an interrupted bench (Ctrl-C, SIGTERM end in process.exit) must not leave it running.
  let stopped = false;
  const stopServer = () => {
    if (stopped) return;
    stopped = true;
    server.stop();
  };
  process.once('exit', stopServer);
  const work = mkdtempSync(path.join(os.tmpdir(), 'sp-conn-'));
  ctx.cleanup(work);
  const database = await createBenchDatabase(server.url, 'sp_conn');
  const tsx = path.join(ctx.root, 'node_modules/.bin/tsx');

  // The deployment step, timed: the functions themselves never migrate.
  let started = Date.now();
  execFileSync(tsx, ['apps/host/migrate-cli.ts', '--database-url', database.url], { cwd: ctx.root, stdio: 'pipe' });
  const migrateSec = round((Date.now() - started) / 1000, 2);
  ctx.log(`connections: migrated in ${migrateSec} s; seeding the demo city …`);
  execFileSync(tsx, ['apps/host/seed-cli.ts'], {
    cwd: ctx.root,
    stdio: 'pipe',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      MEDIA_DIR: path.join(work, 'media'),
      DATA_DIR: path.join(work, 'data'),
      FILE_STORE: 'disk',
    },
  });

  // Every member a WeChat identity of their own, so each instance calls as a different person.
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`INSERT INTO identities (provider, subject, person_id, created_at)
    SELECT 'wechat', 'bench-' || handle, id, now()::text FROM people WHERE handle LIKE 'member%' ON CONFLICT DO NOTHING`);
  const openids = (
    await admin.query(`SELECT subject FROM identities WHERE subject LIKE 'bench-%' ORDER BY person_id`)
  ).rows.map((r) => r.subject);
  await admin.end();

  ctx.log('connections: building the cloud bundles …');
  started = Date.now();
  const functionsDir = path.join(work, 'functions');
  execFileSync(process.execPath, ['scripts/build-cloud.mjs', functionsDir], { cwd: ctx.root, stdio: 'pipe' });
  // Found by every bundle from its folder's parent: OPENID from the call being served, as WeChat's context gives it.
  mkdirSync(path.join(functionsDir, 'node_modules', 'wx-server-sdk'), { recursive: true });
  writeFileSync(
    path.join(functionsDir, 'node_modules', 'wx-server-sdk', 'index.js'),
    `module.exports = { DYNAMIC_CURRENT_ENV: Symbol('env'), init() {}, getWXContext: () => ({ OPENID: globalThis.__benchCaller.getStore() }), openapi: {} };\n`,
  );
  return { server: { stop: stopServer }, database, functionsDir, openids, migrateSec };
}

/** A fresh copy of one function's bundle: a new WeChat instance, with nothing shared with the others. */
function loadInstance(functionsDir, fn) {
  const dir = path.join(functionsDir, fn) + path.sep;
  for (const key of Object.keys(require.cache)) if (key.startsWith(dir)) delete require.cache[key];
  return require(path.join(dir, 'index.js')).main;
}

/**
 * N instances per function, all serving at once, each one call at a time. Samples pg_stat_activity every 20 ms.
 * @returns {Promise<object>}
 */
async function runPhase(ctx, setup, { pool, instancesPerFn, callsPerInstance }) {
  process.env.DB_POOL_SIZE = String(pool);
  const instances = [];
  for (const fn of FUNCTIONS)
    for (let k = 0; k < instancesPerFn; k++)
      instances.push({
        fn,
        main: loadInstance(setup.functionsDir, fn),
        openid: setup.openids[instances.length % setup.openids.length],
      });

  const watcher = new pg.Client({ connectionString: setup.database.url });
  await watcher.connect();
  const count = async () =>
    Number(
      (await watcher.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name LIKE 'wechat-%'`)).rows[0]
        .n,
    );
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await count());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();

  const codes = {};
  const latencies = [];
  // The functions log each refused start to stdout, where the bench writes its report: counted here, not printed.
  let logLines = 0;
  const write = process.stdout.write;
  process.stdout.write = (chunk, ...rest) =>
    String(chunk).startsWith('{"time"') ? (logLines++, true) : write.call(process.stdout, chunk, ...rest);
  const started = Date.now();
  await Promise.all(
    instances.map(async (instance) => {
      for (let i = 0; i < callsPerInstance; i++) {
        const t0 = performance.now();
        const reply = await globalThis.__benchCaller.run(instance.openid, () =>
          instance.main(eventFor(instance.fn, i), {}),
        );
        latencies.push(performance.now() - t0);
        const code = reply.ok ? 'ok' : reply.error.code;
        codes[code] = (codes[code] ?? 0) + 1;
      }
    }),
  );
  const wallSec = round((Date.now() - started) / 1000, 2);
  process.stdout.write = write;
  sampling = false;
  await sampler;
  // Warm instances keep their connections after the rush: that, not the rush, is what fills max_connections.
  const heldAfter = await count();
  // The next phase starts from zero, as after WeChat reclaims idle instances.
  await watcher.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'wechat-%'`);
  await watcher.end();
  latencies.sort((a, b) => a - b);
  const calls = instances.length * callsPerInstance;
  const refused = codes.DATABASE_UNAVAILABLE ?? 0;
  const result = {
    pool,
    instances: instances.length,
    calls,
    served: calls - refused - (codes.INTERNAL ?? 0),
    refused,
    internal: codes.INTERNAL ?? 0,
    codes,
    peakConnections: peak,
    heldAfter,
    perInstance: round(Math.max(peak, heldAfter) / instances.length, 2),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    wallSec,
    logLines,
  };
  ctx.log(
    `connections: pool ${pool}, ${instances.length} instances → peak ${peak} connections, ${refused} of ${calls} calls refused`,
  );
  return result;
}

export default {
  description: `PostgreSQL connections opened by WeChat cloud function instances (pool 2 vs 1), and a rush of ${FUNCTIONS.length}×${RUSH_INSTANCES_PER_FN} instances against max_connections = ${MAX_CONNECTIONS}`,
  /** @param {import('./context.mjs').BenchContext} ctx */
  async run(ctx) {
    globalThis.__benchCaller ??= new AsyncLocalStorage();
    const saved = {
      DATABASE_URL: process.env.DATABASE_URL,
      DB_POOL_SIZE: process.env.DB_POOL_SIZE,
      LOG_LEVEL: process.env.LOG_LEVEL,
      WX_FILE_ID_PREFIX: process.env.WX_FILE_ID_PREFIX,
    };
    const setup = await prepare(ctx);
    try {
      process.env.DATABASE_URL = setup.database.url;
      process.env.LOG_LEVEL = 'error';
      // WeChat cloud storage names files with it (qrcode.resolve answers a book's cover by file id).
      process.env.WX_FILE_ID_PREFIX = 'cloud://bench-env.bench-bucket';
      const perInstance = [];
      for (const pool of [2, 1])
        perInstance.push(await runPhase(ctx, setup, { pool, instancesPerFn: 3, callsPerInstance: 20 }));
      const rush = [];
      for (const pool of [2, 1])
        rush.push(await runPhase(ctx, setup, { pool, instancesPerFn: RUSH_INSTANCES_PER_FN, callsPerInstance: 5 }));
      // The sizing rule checked: instances × 1 within max_connections − superuser_reserved_connections (3) serves all.
      const fitting = Math.floor((MAX_CONNECTIONS - 3 - 1) / FUNCTIONS.length);
      rush.push(await runPhase(ctx, setup, { pool: 1, instancesPerFn: fitting, callsPerInstance: 5 }));
      return { maxConnections: MAX_CONNECTIONS, superuserReserved: 3, migrateSec: setup.migrateSec, perInstance, rush };
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      await setup.database.drop().catch(() => undefined);
      setup.server.stop();
    }
  },
  /** @param {any} r */
  rows: (r) => [
    { label: 'one-time migration (npm run migrate), empty database', value: `${r.migrateSec} s` },
    ...r.perInstance.map((p) => ({
      label: `pool ${p.pool}: ${p.instances} instances, ${p.calls} calls one at a time each`,
      value: `peak ${p.peakConnections} connections (${p.perInstance}/instance), held after ${p.heldAfter}; ${p.refused} refused, ${p.internal} internal`,
    })),
    ...r.rush.map((p) => ({
      label: `rush, pool ${p.pool}: ${p.instances} instances at max_connections ${r.maxConnections}`,
      // Latencies include each instance's cold start, all in one process on this machine's cores: indicative only.
      value: `peak ${p.peakConnections}, served ${p.served}/${p.calls}, refused ${p.refused} (DATABASE_UNAVAILABLE), internal ${p.internal}; p50 ${p.p50Ms} ms, p99 ${p.p99Ms} ms (cold starts, one process)`,
      target: 'no INTERNAL: a full server answers a sentence',
      pass: p.internal === 0,
    })),
  ],
};
