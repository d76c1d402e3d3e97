// The thin WeChat cloud adapter: the trusted OPENID comes from wx-server-sdk's context, the database from
// DATABASE_URL (PostgreSQL) set in the function's environment, files from FILE_STORE (WeChat cloud storage, or the
// S3 bucket a host shares). Nothing else differs from the host.
// A timer trigger (config.json "triggers", written by build:cloud) calls main with { Type: 'Timer', TriggerName,
// Time } and no OPENID: that runs due jobs instead of an action.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Envelope, ErrorCode } from '../../contracts/envelope';
import { readFileStoreSettings } from '../../backend/files/file-store-settings';
import { readPreparedStatements } from '../../backend/data/prepared-statements';
import { workerSpreadsheets } from '../../backend/files/workers/worker-spreadsheets';
import { createJobRunner, type JobRunner, type RunSummary } from '../../backend/jobs/runner';
import { isDatabaseUnavailable, readPoolSize, type PostgresTimeouts } from '../../backend/data/database';
import { SchemaNotCurrentError } from '../../backend/data/migrate';
import { fail } from '../../backend/runtime/app-error';
import { createDeps } from '../../backend/runtime/create-deps';
import type { CloudFunction } from '../../backend/runtime/define-function';
import type { Deps, FileStore } from '../../backend/runtime/deps';
import { createLogger, parseLogLevel } from '../../backend/runtime/logger';
import {
  readTemplateConfig,
  wxClientUploads,
  wxFileStore,
  wxQrImages,
  wxSubscribeMessages,
  type WxCloud,
} from '../../backend/wechat/wx-adapters';

interface WxServerSdk extends WxCloud {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  getWXContext(): { OPENID?: string };
}

let sdk: WxServerSdk | null = null;
let depsPromise: Promise<Deps> | null = null;
let runner: JobRunner | null = null;

/**
 * How long one timer invocation keeps claiming jobs. account's 超时时间 is 60 s (set in the console:
 * docs/WECHAT-DEPLOY.md); a job claimed just before this budget ends still has its own timeout (≤ 30 s) to finish in.
 */
const TIMER_BUDGET_MS = 20_000;

function loadSdk(): WxServerSdk {
  if (!sdk) {
    // Required lazily: the host imports the same modules and never has wx-server-sdk.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sdk = require('wx-server-sdk') as WxServerSdk;
    sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  }
  return sdk;
}

/**
 * FILE_STORE=wechat (default): cloud storage. FILE_STORE=s3: the bucket the deployment's hosts use, so a chapter
 * added in the mini-program plays on H5 and the other way round; the mini-program then fetches files from
 * S3_PUBLIC_URL, or else from the host at PUBLIC_URL/media/.
 */
const S3_STORE_FILE = 's3-file-store.js';

function openFileStore(cloud: WxCloud, env: NodeJS.ProcessEnv): FileStore {
  const settings = readFileStoreSettings(env, ['wechat', 's3'], 'wechat');
  if (settings.kind !== 's3') return wxFileStore(cloud, env.WX_FILE_ID_PREFIX);
  // A file of its own beside the bundle's index.js (build-cloud.mjs): functions on cloud storage never load the AWS
  // SDK. Named at run time, so no bundler (the host's includes this module too) tries to resolve it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { s3FileStore } = require(
    path.join(__dirname, S3_STORE_FILE),
  ) as typeof import('../../backend/files/s3-file-store');
  const publicBase = env.S3_PUBLIC_URL || (env.PUBLIC_URL ? `${env.PUBLIC_URL.replace(/\/+$/, '')}/media/` : undefined);
  return s3FileStore({ ...settings.s3, publicBase });
}

/**
 * exceljs, bundled on its own beside index.js for the functions that export or import spreadsheets (build-cloud.mjs).
 * Only the sheet worker loads it, on an .xlsx job: a cold start never does. A function without it offers none.
 */
const SPREADSHEETS_FILE = 'spreadsheets.js';

/**
 * An instance of an event function serves one call at a time, and nothing in a call uses two connections at once,
 * so one connection per instance is enough; a bigger pool only multiplies the connections a rush opens
 * (docs/WECHAT-DEPLOY.md, bench: connections). DB_POOL_SIZE overrides it (readPoolSize, as the host reads it).
 */
export const CLOUD_POOL_SIZE = 1;

/**
 * Time limits inside the function's own 超时时间 (20 s, set in the console: docs/WECHAT-DEPLOY.md), so a call ends
 * with a sentence rather than WeChat's timeout: a reachable database answers a connect in well under a second.
 * DB_CONNECT_TIMEOUT_MS and DB_STATEMENT_TIMEOUT_MS override the first two.
 */
export const CLOUD_TIMEOUTS: PostgresTimeouts = {
  connectMs: 3_000,
  statementMs: 10_000,
  idleInTransactionMs: 10_000,
  idleMs: 60_000,
};

function positiveNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : fallback;
}

function loadDeps(cloud: WxServerSdk, fnName: string): Promise<Deps> {
  if (depsPromise) return depsPromise;
  const log = createLogger(parseLogLevel(process.env.LOG_LEVEL));
  const envVersion = process.env.WX_ENV_VERSION ?? 'release';
  depsPromise = createDeps({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: '/tmp/silver-pioneers',
    demoMode: false,
    publicUrl: process.env.PUBLIC_URL ?? '',
    sessionSecret: process.env.SESSION_SECRET,
    sceneSecret: process.env.SCENE_SECRET,
    qrImages: wxQrImages(cloud, envVersion),
    files: openFileStore(cloud, process.env),
    clientUploads: wxClientUploads(cloud),
    spreadsheets: existsSync(path.join(__dirname, SPREADSHEETS_FILE)) ? workerSpreadsheets() : undefined,
    // No speech: no espeak-ng in a cloud function, and no /listen route to hear private audio through.
    subscribeMessages: wxSubscribeMessages(cloud, readTemplateConfig(process.env.SUBSCRIBE_TEMPLATES, log), envVersion),
    log,
    poolSize: readPoolSize(process.env.DB_POOL_SIZE) ?? CLOUD_POOL_SIZE,
    preparedStatements: readPreparedStatements(process.env.DB_PREPARED_STATEMENTS),
    timeouts: {
      ...CLOUD_TIMEOUTS,
      connectMs: positiveNumber(process.env.DB_CONNECT_TIMEOUT_MS, CLOUD_TIMEOUTS.connectMs),
      statementMs: positiveNumber(process.env.DB_STATEMENT_TIMEOUT_MS, CLOUD_TIMEOUTS.statementMs),
    },
    applicationName: `wechat-${fnName}`,
    // Migrations are a deployment step (npm run migrate): the functions' database user needs no DDL rights.
    schema: 'check',
  });
  return depsPromise;
}

/** The answer when the function could not start: each cause its own code and sentence. */
export function startFailure(err: unknown): { code: ErrorCode; message: string } {
  const known =
    err instanceof SchemaNotCurrentError
      ? fail.schemaOutdated()
      : isDatabaseUnavailable(err)
        ? fail.databaseUnavailable()
        : null;
  return known
    ? { code: known.code, message: known.message }
    : { code: 'INTERNAL', message: '系统还没有配置好，请稍后再试。' };
}

/** WeChat's timer trigger event. A call from the mini-program always has an OPENID, so it never counts as one. */
export function isTimerEvent(event: unknown): event is { Type: 'Timer'; TriggerName?: string; Time?: string } {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}

export function wechatMain(fn: CloudFunction) {
  return async function main(event: unknown, _context: unknown): Promise<Envelope<unknown>> {
    const cloud = loadSdk();
    const { OPENID } = cloud.getWXContext();
    const timer = !OPENID && isTimerEvent(event);
    if (!OPENID && !timer)
      return { ok: false, error: { code: 'UNAUTHENTICATED', message: '请在微信里打开小程序再试。' } };
    if (!process.env.DATABASE_URL) {
      // A deployment mistake, not the user's: say so in the log, keep the reply plain.
      createLogger('error').error('DATABASE_URL is not set for this cloud function', { fn: fn.name });
      return { ok: false, error: { code: 'INTERNAL', message: '系统还没有配置好，请稍后再试。' } };
    }
    let deps: Deps;
    try {
      deps = await loadDeps(cloud, fn.name);
    } catch (err) {
      // The database is unreachable, its schema is behind, or a setting is wrong (FILE_STORE, S3_…): say which in
      // the log and in the answer, and try again next call.
      depsPromise = null;
      createLogger('error').error('the cloud function could not start', {
        fn: fn.name,
        error: err instanceof Error ? err.message : String(err),
      });
      const { code, message } = startFailure(err);
      return { ok: false, error: { code, message } };
    }
    if (timer) return runDueJobs(deps, fn.name);
    return fn.handle(event, { source: 'wechat', openid: OPENID as string }, deps);
  };
}

async function runDueJobs(deps: Deps, fnName: string): Promise<Envelope<RunSummary>> {
  runner ??= createJobRunner({ deps, name: `wechat-${fnName}` });
  try {
    return { ok: true, data: await runner.runDue({ budgetMs: TIMER_BUDGET_MS }) };
  } catch (err) {
    deps.log.error('timer: running due jobs failed', {
      fn: fnName,
      error: err instanceof Error ? err.message : String(err),
    });
    return { ok: false, error: { code: 'INTERNAL', message: '定时任务没有运行完，下一分钟会再试。' } };
  }
}
