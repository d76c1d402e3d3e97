// The bundled host (dist/host/main.js) as the benches run it: built once per bench run, SQLite demo
// database in a temp DATA_DIR that is migrated and seeded once and reused, loopback only, LOG_LEVEL=warn.
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, LOOPBACK, waitFor200 } from './net.mjs';
import { createBenchDatabase } from './pg-database.mjs';
import { runToCompletion, startChild, stopChild, tail } from './processes.mjs';

const HOST_BUNDLE = 'dist/host/main.js';

/** @typedef {import('./context.mjs').BenchContext} BenchContext */

/**
 * Builds the host bundle, once per bench run (memoised on the context).
 * @param {BenchContext} ctx
 */
export function ensureHostBundle(ctx) {
  return ctx.once('hostBundle', async () => {
    const bundle = path.join(ctx.root, HOST_BUNDLE);
    if (!ctx.options.build) {
      if (!existsSync(bundle)) throw new Error(`${HOST_BUNDLE} is missing and --no-build was given`);
      ctx.log(`host: using existing ${HOST_BUNDLE} (--no-build)`);
      return bundle;
    }
    ctx.log('host: building the bundle (node scripts/build-host.mjs) …');
    await runToCompletion(process.execPath, ['scripts/build-host.mjs'], { cwd: ctx.root });
    return bundle;
  });
}

/**
 * The environment a bench host runs with. SQLite demo regardless of the caller's shell.
 * @param {number} port
 * @param {string} dataDir
 */
export function hostEnv(port, dataDir) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: LOOPBACK,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_MODE: '1',
  };
  delete env.DATABASE_URL;
  delete env.MEDIA_DIR;
  return env;
}

/**
 * Spawns the bundled host. stdout (logs) is discarded; stderr is kept for error messages.
 * @param {BenchContext} ctx
 * @param {{ port: number, dataDir: string }} options
 */
export function spawnHost(ctx, { port, dataDir }) {
  const child = startChild(process.execPath, [HOST_BUNDLE], {
    cwd: ctx.root,
    env: hostEnv(port, dataDir),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return { child, stderr: tail(child.stderr), url: `http://${LOOPBACK}:${port}` };
}

/**
 * A temp DATA_DIR holding a migrated, seeded demo database: the host is started once on it and stopped.
 * @param {BenchContext} ctx
 */
export function seededDataDir(ctx) {
  return ctx.once('seededDataDir', async () => {
    await ensureHostBundle(ctx);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sp-bench-data-'));
    ctx.cleanup(dataDir);
    ctx.log(`host: migrating and seeding a demo database in ${dataDir} …`);
    const started = performance.now();
    const host = spawnHost(ctx, { port: await freePort(), dataDir });
    await waitFor200(`${host.url}/healthz`, {
      intervalMs: 50,
      timeoutMs: 180_000,
      child: host.child,
      stderr: host.stderr,
    });
    const seeded = performance.now();
    const stop = await stopChild(host.child, { graceMs: 10_000 });
    if (stop.forced) throw new Error('the host did not exit on SIGTERM within 10 s after seeding');
    ctx.log(`host: seeded in ${Math.round(seeded - started)} ms`);
    return dataDir;
  });
}

/**
 * A full-size city (`npm run seed -- --members N`, about 1,000 branches) in a temp DATA_DIR, or in a throwaway
 * PostgreSQL database on TEST_DATABASE_URL's server: the host's environment for it, and `drop` for the end.
 * @param {BenchContext} ctx
 * @param {'sqlite' | 'postgres'} engine
 * @param {string} name e.g. "roster": the temp dir's and the database's prefix
 * @param {number} members
 */
export async function seedFullSizeCity(ctx, engine, name, members) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `sp-bench-${name}-`));
  ctx.cleanup(dataDir);
  const pgDb =
    engine === 'postgres'
      ? await createBenchDatabase(/** @type {string} */ (process.env.TEST_DATABASE_URL), `sp_bench_${name}`)
      : null;
  const databaseUrl = pgDb?.url;
  const env = { ...hostEnv(0, dataDir), ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  ctx.log(`${name}/${engine}: seeding a ${members}-member city …`);
  const started = performance.now();
  try {
    await runToCompletion(
      process.execPath,
      [path.join(ctx.root, 'node_modules/tsx/dist/cli.mjs'), 'apps/host/seed-cli.ts', '--members', String(members)],
      { cwd: ctx.root, env },
    );
  } catch (err) {
    await pgDb?.drop();
    throw err;
  }
  ctx.log(`${name}/${engine}: seeded in ${Math.round(performance.now() - started)} ms`);
  return { dataDir, databaseUrl, env, drop: async () => pgDb?.drop() };
}
