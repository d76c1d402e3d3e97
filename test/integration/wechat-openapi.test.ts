// WeChat's open APIs as the cloud bundles call them: each function may call only what its config.json declares
// (WeChat refuses anything else with -604101, and the FAKE wx-server-sdk does the same), and build:cloud declares
// what each bundle calls. 打印邀请单 (account) and 开具证明 (volunteer) draw mini-program codes; the certificate's
// code opens the verify page with a scene that page reads. Only wx-server-sdk is faked; PostgreSQL is real.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { readCertificateScene } from '../../contracts/certificate-scene';
import { post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { buildCloudInto } from '../support/cloud-build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installFakeWxServerSdk } = require('../support/fake-wx-server-sdk/install') as {
  installFakeWxServerSdk: (dir: string) => void;
};

const root = path.resolve(__dirname, '../..');
const FUNCTIONS = ['account', 'audiobooks', 'events', 'volunteer', 'notices', 'qrcode', 'org', 'timebank'];
const hasPostgres = availableEngines().includes('postgres');

interface FakeCloud {
  openapi: {
    wxacode: { getUnlimited(o: { scene: string; page: string; width?: number }): Promise<{ buffer: Uint8Array }> };
  };
}
/** The fake SDK as the function in `dir` would load it. */
const sdkOf = (dir: string) => {
  const file = path.join(dir, 'node_modules', 'wx-server-sdk', 'index.js');
  delete require.cache[file];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as FakeCloud;
};
const decodeQr = (png: Uint8Array) => {
  const image = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
};
const declared = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as { permissions: { openapi: string[] } })
    .permissions.openapi;
const undeclare = (dir: string, api: string) => {
  const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as {
    permissions: { openapi: string[] };
  };
  config.permissions.openapi = config.permissions.openapi.filter((a) => a !== api);
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
};

describe('the fake wx-server-sdk keeps to a function’s config.json', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sp-fake-sdk-'));
    installFakeWxServerSdk(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an open API the function did not declare, as WeChat does', async () => {
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ permissions: { openapi: ['subscribeMessage.send'] } }),
    );
    await expect(
      sdkOf(dir).openapi.wxacode.getUnlimited({ scene: 'b.1', page: 'subpackages/scan/index' }),
    ).rejects.toMatchObject({
      errCode: -604101,
      errMsg: expect.stringMatching(/^openapi\.wxacode\.getUnlimited:fail -604101/),
    });
    rmSync(path.join(dir, 'config.json'));
    await expect(
      sdkOf(dir).openapi.wxacode.getUnlimited({ scene: 'b.1', page: 'subpackages/scan/index' }),
    ).rejects.toMatchObject({ errCode: -604101 });
  });

  it('draws a code of the page and scene once declared, and refuses what WeChat refuses', async () => {
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ permissions: { openapi: ['wxacode.getUnlimited'] } }),
    );
    const { buffer } = await sdkOf(dir).openapi.wxacode.getUnlimited({
      scene: 'b.1k',
      page: 'subpackages/scan/index',
      width: 430,
    });
    expect(decodeQr(buffer)).toBe('subpackages/scan/index?scene=b.1k');
    await expect(
      sdkOf(dir).openapi.wxacode.getUnlimited({ scene: 'x'.repeat(33), page: 'subpackages/scan/index' }),
    ).rejects.toMatchObject({ errCode: 40169 });
    await expect(
      sdkOf(dir).openapi.wxacode.getUnlimited({ scene: 'b.1k', page: '/subpackages/scan/index' }),
    ).rejects.toMatchObject({ errCode: 41030 });
  });
});

describe('open-API permissions of the built functions', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'sp-openapi-'));
    buildCloudInto(outDir);
    for (const fn of FUNCTIONS) installFakeWxServerSdk(path.join(outDir, fn));
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('declares wxacode.getUnlimited where a code is drawn (invitations, certificates, posters) and nowhere else', () => {
    const drawing = FUNCTIONS.filter((fn) => declared(path.join(outDir, fn)).includes('wxacode.getUnlimited')).sort();
    // The time bank draws its 服务时间证明's code; every other function only resolves codes (the certificates' scene
    // answer is kept apart from their drawing, backend/certificates/scene-answer.ts).
    expect(drawing).toEqual(['account', 'qrcode', 'timebank', 'volunteer']);
  });

  it('declares subscribeMessage.send for every function, since any of them runs due jobs on a timer event', () => {
    for (const fn of FUNCTIONS) expect(declared(path.join(outDir, fn))).toContain('subscribeMessage.send');
  });

  (hasPostgres ? describe : describe.skip)('against PostgreSQL', () => {
    let host: TestHost;
    let storage: string;
    const db = () => host.deps.database.db;
    // The reply is the last line: the function's own log lines (an error is logged with its trace id) come first.
    const run = (fn: string, event: unknown, openid: string) =>
      JSON.parse(
        lastLine(
          execFileSync(
            process.execPath,
            [path.join(root, 'test/support/run-cloud-function.js'), path.join(outDir, fn), JSON.stringify(event)],
            {
              env: {
                ...process.env,
                LOG_LEVEL: 'error',
                DATABASE_URL: host.databaseUrl as string,
                FAKE_WX_OPENID: openid,
                FAKE_WX_STORAGE_DIR: storage,
                WX_FILE_ID_PREFIX: 'cloud://fake-env.fake-bucket',
              },
              encoding: 'utf8',
            },
          ),
        ),
      ) as { ok: true; data: Record<string, unknown> } | { ok: false; error: { code: string; message: string } };
    /** Binds a demo person to a WeChat OPENID, as redeeming an invitation would. */
    const bind = async (personId: number, openid: string) => {
      await db()
        .insertInto('identities')
        .values({ provider: 'wechat', subject: openid, person_id: personId, created_at: new Date().toISOString() })
        .execute();
      return openid;
    };

    beforeAll(async () => {
      host = await startHost({ engine: 'postgres', jobIntervalMs: 0 });
      storage = path.join(outDir, 'wx-storage');
      mkdirSync(storage, { recursive: true });
    });
    afterAll(async () => {
      await host?.stop();
    });

    it('prints the invitation sheet with its codes through account, and fails while account lacks the permission', async () => {
      const secretary = await db()
        .selectFrom('people')
        .select(['id', 'org_unit_id'])
        .where('handle', '=', 'secretary2')
        .executeTakeFirstOrThrow();
      const openid = await bind(secretary.id, 'oWX-openapi-secretary');
      const accountDir = path.join(outDir, 'account');
      // A member on the roster who does not sign in yet: the sheet has a slip for them.
      expect(
        run('account', { action: 'createInvite', data: { name: '孙桂芝', orgUnitId: secretary.org_unit_id } }, openid),
      ).toMatchObject({ ok: true });
      const sheet = run('account', { action: 'inviteSheet', data: { orgUnitId: secretary.org_unit_id } }, openid);
      if (!sheet.ok) throw new Error(JSON.stringify(sheet));
      const slips = sheet.data.slips as { image: string }[];
      expect(slips.length).toBeGreaterThan(0);
      const read = decodeQr(Buffer.from(slips[0].image.replace(/^data:image\/png;base64,/, ''), 'base64'));
      expect(read).toMatch(/^subpackages\/scan\/index\?scene=i\./);

      undeclare(accountDir, 'wxacode.getUnlimited');
      const refused = run('account', { action: 'inviteSheet', data: { orgUnitId: secretary.org_unit_id } }, openid);
      expect(refused).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    });

    it('issues a certificate through volunteer whose code opens the verify page, which finds it valid', async () => {
      const served = await db()
        .selectFrom('ledger_movements')
        .select(['account_id', 'served_on'])
        .where('account_kind', '=', 'member')
        .where('minutes', '>', 0)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const openid = await bind(served.account_id, 'oWX-openapi-volunteer');
      const issued = run(
        'volunteer',
        { action: 'certificate', data: { from: served.served_on, to: served.served_on } },
        openid,
      );
      if (!issued.ok) throw new Error(JSON.stringify(issued));
      const number = issued.data.number as string;
      const image = readdirDeep(storage).find((f) => f.includes(`certificate-${number}-`));
      if (!image) throw new Error(`no certificate code stored for ${number}`);
      const read = decodeQr(readFileSync(image));
      const opened = /^subpackages\/volunteer\/verify\/index\?scene=(.+)$/.exec(read ?? '');
      expect(opened).not.toBeNull();
      // What the verify page does with the scene WeChat hands it.
      const ref = readCertificateScene(decodeURIComponent((opened as RegExpExecArray)[1]));
      expect(ref?.number).toBe(number);
      const verdict = await post<{ status: string }>(host.baseUrl, 'volunteer', {
        action: 'verifyCertificate',
        data: ref,
      });
      expect(verdict.body).toMatchObject({ ok: true, data: { status: 'valid' } });

      undeclare(path.join(outDir, 'volunteer'), 'wxacode.getUnlimited');
      expect(
        run('volunteer', { action: 'certificate', data: { from: served.served_on, to: served.served_on } }, openid),
      ).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    });
  });
});

const lastLine = (out: string) => out.trim().split('\n').pop() ?? '';

function readdirDeep(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
}
