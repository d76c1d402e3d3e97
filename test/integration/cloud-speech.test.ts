// 朗读 in WeChat cloud (issue 16): the built notices bundle, run as WeChat runs it with only wx-server-sdk faked,
// answers SPEECH_UNAVAILABLE with a sentence — never INTERNAL, and without trying espeak-ng — so the mini-program
// knows to speak through WechatSI. Before, the bundle either crashed on the file store (INTERNAL: cloud storage
// cannot list) or, with no espeak-ng, answered a "cannot read aloud" sentence the weapp could only show.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HTTP_STATUS } from '../../contracts/envelope';
import { availableEngines } from '../support/engines';
import { login, post } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';
import { buildCloudInto } from '../support/cloud-build';

const root = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installFakeWxServerSdk } = require('../support/fake-wx-server-sdk/install') as {
  installFakeWxServerSdk(functionDir: string): void;
};

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

(availableEngines().includes('postgres') ? describe : describe.skip)('notices.speech in a WeChat cloud bundle', () => {
  let outDir: string;
  let storage: string;
  let host: TestHost;
  let noticeId: number;
  const openid = 'oWX-speech-member1';

  const run = (event: unknown, env: Record<string, string>): Reply =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [path.join(root, 'test/support/run-cloud-function.js'), path.join(outDir, 'notices'), JSON.stringify(event)],
        {
          env: {
            ...process.env,
            LOG_LEVEL: 'error',
            FAKE_WX_OPENID: openid,
            DATABASE_URL: host.databaseUrl as string,
            FAKE_WX_STORAGE_DIR: storage,
            WX_FILE_ID_PREFIX: 'cloud://fake-env.fake-bucket',
            ...env,
          },
          encoding: 'utf8',
        },
      ),
    ) as Reply;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'sp-cloud-speech-'));
    storage = path.join(outDir, 'storage');
    buildCloudInto(outDir);
    installFakeWxServerSdk(path.join(outDir, 'account'));
    installFakeWxServerSdk(path.join(outDir, 'notices'));
    host = await startHost({ engine: 'postgres' });
    // member1 in WeChat: the admin's lost-phone invitation, redeemed through the account bundle.
    const admin = await login(host.baseUrl, 'admin');
    const member = await host.deps.database.db
      .selectFrom('people')
      .select('id')
      .where('handle', '=', 'member1')
      .executeTakeFirstOrThrow();
    const invited = await post<{ invite: { code: string } }>(
      host.baseUrl,
      'account',
      { action: 'createInvite', data: { personId: member.id, lostPhone: true } },
      admin,
    );
    if (!invited.body.ok) throw new Error(JSON.stringify(invited.body));
    const redeemed = JSON.parse(
      execFileSync(
        process.execPath,
        [
          path.join(root, 'test/support/run-cloud-function.js'),
          path.join(outDir, 'account'),
          JSON.stringify({ action: 'redeemInvite', data: { code: invited.body.data.invite.code } }),
        ],
        {
          env: { ...process.env, LOG_LEVEL: 'error', FAKE_WX_OPENID: openid, DATABASE_URL: host.databaseUrl as string },
          encoding: 'utf8',
        },
      ),
    ) as Reply;
    expect(redeemed).toMatchObject({ ok: true });
    const listed = run({ action: 'list', data: {} }, {});
    if (!listed.ok) throw new Error(JSON.stringify(listed));
    noticeId = (listed.data as { items: { id: number }[] }).items[0].id;
  });

  afterAll(async () => {
    await host?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('without espeak-ng or lame: SPEECH_UNAVAILABLE with a plain sentence, a 501 over HTTP', () => {
    const reply = run(
      { action: 'speech', data: { noticeId } },
      { NOTICES_ESPEAK: '/nonexistent/espeak-ng', NOTICES_LAME: '/nonexistent/lame' },
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'SPEECH_UNAVAILABLE', message: expect.stringMatching(/^[^a-zA-Z]*。$/) },
    });
    expect(HTTP_STATUS.SPEECH_UNAVAILABLE).toBe(501);
  });

  it('even where espeak-ng happens to be installed, the function does not try it: nothing lands in cloud storage', () => {
    const reply = run({ action: 'speech', data: { noticeId } }, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'SPEECH_UNAVAILABLE' } });
    expect(existsSync(storage) ? readdirSync(storage, { recursive: true }) : []).toEqual([]);
  });

  it('still refuses a notice the caller may not hear in its own words, before saying anything about speech', () => {
    expect(run({ action: 'speech', data: { noticeId: 999_999_999 } }, {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
