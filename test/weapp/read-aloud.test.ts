// 朗读 in a WeChat-only deployment (issue 16): the compiled notice page in miniprogram-simulate, its calls going to
// the built cloud bundles (no espeak-ng there: notices.speech answers SPEECH_UNAVAILABLE), and the phone speaking
// through WeChat's WechatSI plugin, which is FAKE here (test/support/fake-wechat-si.ts): WeChat's TTS is out of reach.
import { speechText } from '../../contracts/notice-speech';
import { speechChunks } from '../../src/features/notices/read-aloud/speech-chunks';
import { installFakeWechatSI, type FakeWechatSI } from '../support/fake-wechat-si';
import { startWeapp, type Weapp } from '../support/weapp-app';
import { buildCloudBundles, type CloudBundles } from '../support/weapp-cloud';
import { startDemoHost, type DemoHost } from '../support/weapp-host';

if (!process.env.TEST_DATABASE_URL)
  throw new Error(
    'the weapp page harness needs PostgreSQL: install it (the global setup starts one) or set TEST_DATABASE_URL',
  );

jest.setTimeout(120_000);

let host: DemoHost;
let cloud: CloudBundles;
let weapp: Weapp;
let si: FakeWechatSI;

/** Whose mini-program it is. The harness is gaining `as(openid)` (a fresh app per person) in a concurrent change. */
function useOpenid(openid: string): void {
  const w = weapp as unknown as { as?: (id: string) => void; openid: string };
  if (typeof w.as === 'function') w.as(openid);
  else w.openid = openid;
}

/** member1 in WeChat: an OPENID bound by the admin's invitation, redeemed through the account bundle. */
async function bindMember1(): Promise<string> {
  const [person] = await host.select<{ id: number; org_unit_id: number }>('people', { handle: 'member1' });
  const invited = await host.post<{ invite: { code: string } }>('admin', 'account', {
    action: 'createInvite',
    data: { personId: person.id, lostPhone: true },
  });
  if (!invited.ok) throw new Error(`invite: ${JSON.stringify(invited)}`);
  const openid = 'oWX-read-aloud-member1';
  expect(
    await cloud.call('account', { action: 'redeemInvite', data: { code: invited.data.invite.code } }, openid),
  ).toMatchObject({ ok: true });
  return openid;
}

const TITLE = '关于冬季健康讲座和老年大学报名的通知';
/** Long enough for several pieces: ~1,900 characters in 31 paragraphs. */
const BODY = Array.from(
  { length: 31 },
  (_, i) =>
    `第${i + 1}项：请各位老同志按时到社区活动室参加健康讲座，天冷路滑，出门请穿防滑鞋，行动不便的同志可以请志愿者上门接送，有事请提前告诉支部书记。`,
).join('\n');

let noticeId: number;
let openid: string;

beforeAll(async () => {
  host = await startDemoHost();
  cloud = buildCloudBundles(host.databaseUrl, host.mediaDir);
  si = installFakeWechatSI();
  weapp = startWeapp((name, event, id) => cloud.call(name, event, id));
  si.useInnerAudio();
  openid = await bindMember1();
  const [person] = await host.select<{ org_unit_id: number }>('people', { handle: 'member1' });
  const published = await host.post<{ notice: { id: number } }>('secretary1', 'notices', {
    action: 'publish',
    data: { title: TITLE, body: BODY, importance: 'normal', needsAck: false, audienceOrgUnitId: person.org_unit_id },
  });
  if (!published.ok) throw new Error(`publish: ${JSON.stringify(published)}`);
  noticeId = published.data.notice.id;
});

afterAll(async () => {
  weapp?.closeAll();
  await host?.stop();
  cloud?.remove();
});

afterEach(() => weapp.closeAll());

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('朗读 in a WeChat-only deployment', () => {
  it('the cloud bundle answers SPEECH_UNAVAILABLE, not INTERNAL', async () => {
    const reply = await cloud.call('notices', { action: 'speech', data: { noticeId } }, openid);
    expect(reply).toMatchObject({ ok: false, error: { code: 'SPEECH_UNAVAILABLE' } });
  });

  it('speaks the notice through WechatSI piece by piece, with 暂停/继续, to 读完了', async () => {
    useOpenid(openid);
    weapp.errors.length = 0;
    si.installed = true;
    si.asked.length = 0;
    si.played.length = 0;
    const page = await weapp.launch('subpackages/notices/detail/index', { id: String(noticeId) });
    await page.waitForText(TITLE);
    const tapped = Date.now();
    await page.tap('朗读');
    await waitFor(() => si.played.length === 1, 'the first piece plays');
    const firstSoundMs = si.played[0].at - tapped;
    await page.waitForText('正在朗读这条通知');
    expect(page.text()).not.toContain('系统出了点问题');

    await page.tap('暂停');
    await page.waitForText('已暂停');
    expect(si.paused()).toBe(true);
    await page.tap('继续');
    await page.waitForText('正在朗读这条通知');

    // Each piece ends and the next starts at once: it was asked for while the one before it played.
    const expected = speechChunks(speechText({ title: TITLE, body: BODY, importance: 'normal' }));
    const gaps: number[] = [];
    for (let i = 1; i <= expected.length; i++) {
      await waitFor(() => si.played.length === i, `piece ${i} plays`);
      if (i < expected.length)
        await waitFor(() => si.asked.length === i + 1, `piece ${i + 1} asked before piece ${i} ends`);
      const ended = Date.now();
      si.endClip();
      if (i < expected.length) {
        await waitFor(() => si.played.length === i + 1, `piece ${i + 1} plays`);
        gaps.push(si.played[i].at - ended);
      }
    }
    await page.waitForText('读完了');

    const said = si.asked.map((a) => a.content);
    expect(said.join('').replace(/\s+/g, '')).toBe(
      speechText({ title: TITLE, body: BODY, importance: 'normal' }).replace(/\s+/g, ''),
    );
    for (const s of said) expect(Buffer.byteLength(s, 'utf8')).toBeLessThanOrEqual(1000);
    expect(said).toEqual(expected);
    expect(new Set(si.played.map((p) => p.src)).size).toBe(said.length);
    expect(weapp.errors).toEqual([]);
    process.stdout.write(
      `read-aloud (FAKE WechatSI answering at once): ${said.length} pieces for ${BODY.length + TITLE.length} characters; tap → first sound ${firstSoundMs} ms; longest gap between pieces ${Math.max(...gaps)} ms\n`,
    );
  });

  it('without the plugin added in the console, says so in a sentence instead of silence', async () => {
    si.installed = false;
    try {
      useOpenid(openid);
      weapp.errors.length = 0;
      const page = await weapp.launch('subpackages/notices/detail/index', { id: String(noticeId) });
      await page.waitForText(TITLE);
      await page.tap('朗读');
      await page.waitForText('小程序还没有开通朗读功能');
      expect(page.text()).not.toContain('系统出了点问题');
      expect(weapp.errors).toEqual([]);
    } finally {
      si.installed = true;
    }
  });
});
