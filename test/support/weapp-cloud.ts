// The cloud side of the page harness: `npm run build:cloud` output with the fake wx-server-sdk beside each function,
// run in process against a real database. Identity is the WeChat one: the OPENID the SDK's context gives.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requireNative } from './weapp-native';
import { buildCloudInto } from './cloud-build';

interface Runner {
  callFunction(bundleDir: string, name: string, event: unknown, env: Record<string, string>): Promise<string>;
}

/** The deployment's subscribe templates (as set in the functions' environment), so consent is asked for them. */
export const SUBSCRIBE_TEMPLATES = JSON.stringify({
  event_reminder: { id: 'TMPL-reminder-01', fields: { title: 'thing1', time: 'time2' } },
  event_changed: { id: 'TMPL-changed-01', fields: { title: 'thing1', time: 'time2' } },
  event_promoted: { id: 'TMPL-promoted-01', fields: { title: 'thing1', time: 'time2' } },
});

/** What the fake subscribeMessage.send was given: one WeChat message to one OPENID. */
export interface SentMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
}

/** The cloud storage file ids the fake answers: cloud://<env>.<bucket>/<key>. */
export const FILE_ID_PREFIX = 'cloud://fake-env.fake-bucket/';
const TEMP_LINK_ORIGIN = 'https://fake-env.tcb.example';

export interface CloudBundles {
  readonly dir: string;
  /** The fake cloud storage's folder: a file id's key is its path here. */
  readonly storageDir: string;
  /** One call as the mini-program makes it: the function name, its event, and who WeChat says is calling. */
  call(name: string, event: unknown, openid: string): Promise<unknown>;
  /** One tick of the function's timer trigger, as WeChat calls it (no OPENID: nobody is calling). */
  timer(name: string, triggerName: string): Promise<unknown>;
  /** Every message subscribeMessage.send has taken so far. */
  sent(): SentMessage[];
  /** The file a temporary link of the fake's getTempFileURL leads to, or null (not such a link, or no file). */
  fileOfTempLink(url: string): string | null;
  remove(): void;
}

/**
 * Builds every cloud function into a fresh folder and installs the fake wx-server-sdk into each (install.js, so it
 * checks that function's config.json and can draw codes). `storageDir` is the cloud storage: pass the host's media
 * folder so the files the demo seed put there (the books' audio) are the ones the functions name; else an empty one.
 */
export function buildCloudBundles(databaseUrl: string, storageDirOrEmpty?: string): CloudBundles {
  const dir = mkdtempSync(path.join(tmpdir(), 'sp-weapp-cloud-'));
  const storageDir = storageDirOrEmpty ?? path.join(dir, 'storage');
  buildCloudInto(dir);
  const functions = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { installFakeWxServerSdk } = require('./fake-wx-server-sdk/install') as {
    installFakeWxServerSdk(functionDir: string): void;
  };
  for (const fn of functions) installFakeWxServerSdk(path.join(dir, fn));
  // Node's own require, so the bundle runs in the real realm with the real process.env (Jest's sandbox has a copy).
  const runner = requireNative<Runner>(__filename, './weapp-cloud-runner.js');
  const sentFile = path.join(dir, 'sent.jsonl');
  const envFor = (openid: string) => ({
    SUBSCRIBE_TEMPLATES,
    FAKE_WX_OPENID: openid,
    FAKE_WX_SENT_FILE: sentFile,
    DATABASE_URL: databaseUrl,
    FAKE_WX_STORAGE_DIR: storageDir,
    WX_FILE_ID_PREFIX: FILE_ID_PREFIX.replace(/\/$/, ''),
    LOG_LEVEL: 'error',
  });
  return {
    dir,
    storageDir,
    async call(name, event, openid) {
      return JSON.parse(await runner.callFunction(dir, name, event, envFor(openid))) as unknown;
    },
    async timer(name, triggerName) {
      const event = { Type: 'Timer', TriggerName: triggerName, Time: new Date().toISOString() };
      return JSON.parse(await runner.callFunction(dir, name, event, envFor(''))) as unknown;
    },
    fileOfTempLink(url) {
      // The fake answers https://fake-env.tcb.example/<cloud path>?max_age=<seconds> (fake-wx-server-sdk/index.js).
      let link: URL;
      try {
        link = new URL(url);
      } catch {
        return null;
      }
      if (link.origin !== TEMP_LINK_ORIGIN || !link.searchParams.has('max_age')) return null;
      const file = path.join(storageDir, decodeURIComponent(link.pathname.slice(1)));
      return file.startsWith(storageDir + path.sep) && existsSync(file) ? file : null;
    },
    sent() {
      if (!existsSync(sentFile)) return [];
      return readFileSync(sentFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as SentMessage);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
