// The WeChat deploy path: `npm run build:cloud` output, run as WeChat would run it (main(event, context)) against
// real PostgreSQL, with only wx-server-sdk faked. A secretary invites over the host; the member binds in "WeChat".
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { availableEngines } from '../support/engines';
import { login, post } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';
import { buildCloudInto } from '../support/cloud-build';

const root = path.resolve(__dirname, '../..');
const FUNCTIONS = [
  'account',
  'audiobooks',
  'events',
  'volunteer',
  'notices',
  'qrcode',
  'org',
  'talent',
  'timebank',
  'casework',
  'dashboard',
];
const hasPostgres = availableEngines().includes('postgres');
/** A string of exceljs's own code (the part it writes into every .xlsx), absent from ours. */
const EXCELJS_MARK = 'xl/workbook.xml';

describe('cloud function bundles', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'sp-cloud-'));
    buildCloudInto(outDir);
    for (const fn of FUNCTIONS) {
      const fake = path.join(outDir, fn, 'node_modules', 'wx-server-sdk');
      mkdirSync(fake, { recursive: true });
      cpSync(path.join(root, 'test/support/fake-wx-server-sdk/index.js'), path.join(fake, 'index.js'));
    }
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('emits every function with index.js and a package.json that needs only wx-server-sdk', () => {
    for (const fn of FUNCTIONS) {
      expect(existsSync(path.join(outDir, fn, 'index.js'))).toBe(true);
      const pkg = JSON.parse(readFileSync(path.join(outDir, fn, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk']);
    }
  });

  it('ships exceljs as spreadsheets.js only beside the functions that export or import, never inside index.js', () => {
    // Measured 2026-12-07: spreadsheets.js 1,181,190 bytes (exceljs 4.4 minified); index.js 595–680 KB (music-metadata
    // in audio-metadata.js beside audiobooks since the four new domains' migrations and jobs joined every bundle).
    const makers = ['audiobooks', 'events', 'org', 'volunteer', 'talent', 'dashboard'];
    for (const fn of FUNCTIONS) {
      const index = readFileSync(path.join(outDir, fn, 'index.js'), 'utf8');
      expect(index).not.toContain(EXCELJS_MARK);
      expect(index.length).toBeLessThan(800 * 1024);
      const lib = path.join(outDir, fn, 'spreadsheets.js');
      expect([fn, existsSync(lib)]).toEqual([fn, makers.includes(fn)]);
      if (existsSync(lib)) {
        expect(readFileSync(lib, 'utf8')).toContain(EXCELJS_MARK);
        expect(statSync(lib).size).toBeLessThan(1.3 * 1024 * 1024);
      }
    }
  });

  it('emits the roster worker beside index.js, small and without exceljs, and it judges a CSV there with pinyin.js beside it', async () => {
    const workerFile = path.join(outDir, 'org', 'sheet-worker.js');
    // exceljs (≈ 1.2 MB) is spreadsheets.js beside it: the worker names it only in a lazy require, for an .xlsx job.
    expect(statSync(workerFile).size).toBeLessThan(64 * 1024);
    expect(readFileSync(workerFile, 'utf8')).toContain('require("./spreadsheets.js")');
    expect(readFileSync(workerFile, 'utf8')).not.toContain(EXCELJS_MARK);
    const worker = new Worker(workerFile);
    const entries: unknown[] = [];
    const answer = await new Promise<unknown>((resolve, reject) => {
      worker.on('message', (m: { branches?: string[]; more?: unknown[]; ok?: boolean }) => {
        if (m.branches)
          worker.postMessage({
            branches: Object.fromEntries(
              m.branches.map((b) => [b, { id: 7, name: '第一支部', level: 'branch', closed: false, inScope: true }]),
            ),
          });
        // eslint-disable-next-line @typescript-eslint/no-unused-expressions
        else if (m.more) (entries.push(...m.more), worker.postMessage('next'));
        else resolve(m);
      });
      worker.once('error', reject);
      const csv = new TextEncoder().encode(
        '姓名,性别,出生年份,手机号,入党时间,原单位职务,所在支部\n张秀英,女,1950,13700000001,1970,,ZB001\n',
      );
      worker.postMessage({ kind: 'judge-roster', file: 'csv', bytes: csv, maxRows: 10, thisYear: 2026 });
    });
    await worker.terminate();
    expect(answer).toEqual({ ok: true, answer: { entries: [], errors: [], skipped: [] } });
    expect(entries).toMatchObject([{ row: 2, name: '张秀英', orgUnitId: 7, searchKey: '张秀英 zhangxiuying zxy' }]);
  });

  const run = (fn: string, event: unknown, env: Record<string, string>) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [path.join(root, 'test/support/run-cloud-function.js'), path.join(outDir, fn), JSON.stringify(event)],
        {
          env: { ...process.env, LOG_LEVEL: 'error', ...env },
          encoding: 'utf8',
        },
      ),
    ) as { ok: boolean; data?: { user: { id: number; name: string } }; error?: { code: string } };

  it('refuses a call that has no OPENID in the WeChat context', () => {
    expect(run('account', { action: 'me' }, { FAKE_WX_OPENID: '', DATABASE_URL: 'postgres://unused' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  (hasPostgres ? describe : describe.skip)('against PostgreSQL', () => {
    let host: TestHost;
    let databaseUrl: string;
    beforeAll(async () => {
      host = await startHost({ engine: 'postgres' });
      // The host and the cloud bundle share one database, as many stateless runtimes would in production.
      databaseUrl = host.databaseUrl as string;
    });
    afterAll(async () => {
      await host?.stop();
    });

    it('binds an OPENID by invitation and then knows the member', async () => {
      const secretary = await login(host.baseUrl, 'secretary5');
      const me = await post<{ user: { orgUnitId: number } }>(host.baseUrl, 'account', { action: 'me' }, secretary);
      const created = await post<{ invite: { code: string; personId: number } }>(
        host.baseUrl,
        'account',
        { action: 'createInvite', data: { name: '郑秋菊', orgUnitId: me.body.ok ? me.body.data.user.orgUnitId : 0 } },
        secretary,
      );
      if (!created.body.ok) throw new Error(JSON.stringify(created.body));
      const env = { FAKE_WX_OPENID: 'oWX-bundle-test', DATABASE_URL: databaseUrl };

      expect(run('account', { action: 'me' }, env)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(
        run('account', { action: 'redeemInvite', data: { code: created.body.data.invite.code } }, env),
      ).toMatchObject({ ok: true });
      expect(run('account', { action: 'me' }, env)).toMatchObject({
        ok: true,
        data: { user: { id: created.body.data.invite.personId, name: '郑秋菊' } },
      });
      expect(run('account', { action: 'devLogin', data: { handle: 'member1' } }, env)).toMatchObject({
        ok: false,
        error: { code: 'DEMO_ONLY' },
      });
    });

    it('writes a new member through the bundle with the pinyin dictionary loaded from its own file', async () => {
      // secretary6 binds an OPENID through an invitation the city admin made (a demo login counts as signed in, hence
      // "lost phone"), then adds a member from the phone.
      const admin = await login(host.baseUrl, 'admin');
      const secretaryId = await host.deps.database.db
        .selectFrom('people')
        .select(['id', 'org_unit_id'])
        .where('handle', '=', 'secretary6')
        .executeTakeFirstOrThrow();
      const invited = await post<{ invite: { code: string } }>(
        host.baseUrl,
        'account',
        { action: 'createInvite', data: { personId: secretaryId.id, lostPhone: true } },
        admin,
      );
      if (!invited.body.ok) throw new Error(JSON.stringify(invited.body));
      const env = { FAKE_WX_OPENID: 'oWX-bundle-secretary', DATABASE_URL: databaseUrl };
      expect(
        run('account', { action: 'redeemInvite', data: { code: invited.body.data.invite.code } }, env),
      ).toMatchObject({ ok: true });
      expect(
        run('account', { action: 'createInvite', data: { name: '钱玉兰', orgUnitId: secretaryId.org_unit_id } }, env),
      ).toMatchObject({ ok: true });
      const added = await host.deps.database.db
        .selectFrom('people')
        .select('search_key')
        .where('name', '=', '钱玉兰')
        .executeTakeFirstOrThrow();
      expect(added.search_key).toBe('钱玉兰 qianyulan qyl');
    });
  });
});
