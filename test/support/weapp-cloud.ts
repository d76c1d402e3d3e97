// The cloud side of the page harness: `npm run build:cloud` output with the fake wx-server-sdk beside each function,
// run in process against a real database. Identity is the WeChat one: the OPENID the SDK's context gives.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requireNative } from './weapp-native';

const root = path.resolve(__dirname, '../..');

interface Runner {
  callFunction(bundleDir: string, name: string, event: unknown, env: Record<string, string>): Promise<string>;
}

/** The deployment's subscribe templates (as set in the functions' environment), so consent is asked for them. */
export const SUBSCRIBE_TEMPLATES = JSON.stringify({
  event_reminder: { id: 'TMPL-reminder-01', fields: { title: 'thing1', time: 'time2' } },
  event_changed: { id: 'TMPL-changed-01', fields: { title: 'thing1', time: 'time2' } },
  event_promoted: { id: 'TMPL-promoted-01', fields: { title: 'thing1', time: 'time2' } },
});

export interface CloudBundles {
  readonly dir: string;
  /** One call as the mini-program makes it: the function name, its event, and who WeChat says is calling. */
  call(name: string, event: unknown, openid: string): Promise<unknown>;
  remove(): void;
}

/** Builds every cloud function into a fresh folder and gives each the fake wx-server-sdk as its node_modules. */
export function buildCloudBundles(databaseUrl: string): CloudBundles {
  const dir = mkdtempSync(path.join(tmpdir(), 'sp-weapp-cloud-'));
  execFileSync(process.execPath, ['scripts/build-cloud.mjs', dir], { cwd: root, stdio: 'pipe' });
  const functions = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const fn of functions) {
    const sdk = path.join(dir, fn, 'node_modules', 'wx-server-sdk');
    mkdirSync(sdk, { recursive: true });
    cpSync(path.join(root, 'test/support/fake-wx-server-sdk'), sdk, { recursive: true });
  }
  // Node's own require, so the bundle runs in the real realm with the real process.env (Jest's sandbox has a copy).
  const runner = requireNative<Runner>(__filename, './weapp-cloud-runner.js');
  const storage = path.join(dir, 'storage');
  return {
    dir,
    async call(name, event, openid) {
      const env = { SUBSCRIBE_TEMPLATES, FAKE_WX_OPENID: openid, DATABASE_URL: databaseUrl, FAKE_WX_STORAGE_DIR: storage, WX_FILE_ID_PREFIX: 'cloud://fake-env.fake-bucket', LOG_LEVEL: 'error' };
      return JSON.parse(await runner.callFunction(dir, name, event, env)) as unknown;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
