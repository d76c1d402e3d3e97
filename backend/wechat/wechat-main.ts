// The thin WeChat cloud adapter: the trusted OPENID comes from wx-server-sdk's context, the database from
// DATABASE_URL (PostgreSQL) set in the function's environment. Nothing else differs from the host.
import type { Envelope } from '../../contracts/envelope';
import { createDeps } from '../runtime/create-deps';
import type { CloudFunction } from '../runtime/define-function';
import type { Deps } from '../runtime/deps';
import { createLogger, parseLogLevel } from '../runtime/logger';
import { wxAudioStore, wxQrImages, type WxCloud } from './wx-adapters';

interface WxServerSdk extends WxCloud {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  getWXContext(): { OPENID?: string };
}

let sdk: WxServerSdk | null = null;
let depsPromise: Promise<Deps> | null = null;

function loadSdk(): WxServerSdk {
  if (!sdk) {
    // Required lazily: the host imports the same modules and never has wx-server-sdk.
    sdk = require('wx-server-sdk') as WxServerSdk;
    sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  }
  return sdk;
}

function loadDeps(cloud: WxServerSdk): Promise<Deps> {
  depsPromise ??= createDeps({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: '/tmp/silver-pioneers',
    demoMode: false,
    publicUrl: process.env.PUBLIC_URL ?? '',
    sessionSecret: process.env.SESSION_SECRET,
    sceneSecret: process.env.SCENE_SECRET,
    qrImages: wxQrImages(cloud, process.env.WX_ENV_VERSION ?? 'release'),
    audio: wxAudioStore(cloud),
    log: createLogger(parseLogLevel(process.env.LOG_LEVEL)),
    poolSize: 2,
  });
  return depsPromise;
}

export function wechatMain(fn: CloudFunction) {
  return async function main(event: unknown, _context: unknown): Promise<Envelope<unknown>> {
    const cloud = loadSdk();
    const { OPENID } = cloud.getWXContext();
    if (!OPENID) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '请在微信里打开小程序再试。' } };
    if (!process.env.DATABASE_URL) {
      // A deployment mistake, not the user's: say so in the log, keep the reply plain.
      createLogger('error').error('DATABASE_URL is not set for this cloud function', { fn: fn.name });
      return { ok: false, error: { code: 'INTERNAL', message: '系统还没有配置好，请稍后再试。' } };
    }
    const deps = await loadDeps(cloud);
    return fn.handle(event, { source: 'wechat', openid: OPENID }, deps);
  };
}
