// The compiled mini-program, page by page: every page in dist/weapp/app.json loaded in miniprogram-simulate with
// WeChat's own template compiler, its calls going to the built cloud functions (wx-server-sdk faked, the OPENID
// path) on a seeded PostgreSQL demo city, then the elders' journeys driven by taps.
import { startDemoHost, type DemoHost } from '../support/weapp-host';
import { allPages, startWeapp, type Weapp } from '../support/weapp-app';
import { buildCloudBundles, type CloudBundles } from '../support/weapp-cloud';

// The bundles open PostgreSQL from DATABASE_URL (a WeChat function has no disk to keep SQLite on).
if (!process.env.TEST_DATABASE_URL) throw new Error('the weapp page harness needs PostgreSQL: install it (the global setup starts one) or set TEST_DATABASE_URL');

jest.setTimeout(120_000);

let host: DemoHost;
let cloud: CloudBundles;
let weapp: Weapp;

/** Binds a fresh OPENID to a demo person the way a lost phone is replaced: the admin's invitation, redeemed in WeChat. */
const bound = new Map<string, string>();
async function bindOpenid(handle: string): Promise<string> {
  const known = bound.get(handle);
  if (known) return known;
  const [person] = await host.select<{ id: number }>('people', { handle });
  const invited = await host.post<{ invite: { code: string } }>('admin', 'account', { action: 'createInvite', data: { personId: person.id, lostPhone: true } });
  if (!invited.ok) throw new Error(`invite for ${handle}: ${JSON.stringify(invited)}`);
  const openid = `oWX-pages-${handle}`;
  const redeemed = await cloud.call('account', { action: 'redeemInvite', data: { code: invited.data.invite.code } }, openid);
  expect(redeemed).toMatchObject({ ok: true });
  bound.set(handle, openid);
  return openid;
}

beforeAll(async () => {
  host = await startDemoHost();
  cloud = buildCloudBundles(host.databaseUrl);
  weapp = startWeapp((name, event, openid) => cloud.call(name, event, openid));
});

afterAll(async () => {
  weapp?.closeAll();
  await host?.stop();
  cloud?.remove();
});

afterEach(() => {
  weapp.closeAll();
});

describe('every page in app.json', () => {
  let memberOpenid: string;
  beforeAll(async () => {
    memberOpenid = await bindOpenid('member1');
  });

  it.each(allPages())('%s renders its first screen without an error', async (route) => {
    weapp.as(memberOpenid);
    weapp.errors.length = 0;
    const page = await weapp.launch(route);
    await weapp.settle(300);
    if (process.env.WEAPP_DEBUG) process.stdout.write(`${route}: ${page.text().slice(0, 160)}\n`);
    expect(page.text().length).toBeGreaterThan(0);
    // A cloud call that failed (a crashed or refused function) reads as the network sentence.
    expect(page.text()).not.toContain('网络不太好');
    expect(weapp.errors).toEqual([]);
  });
});

/** A service post made by the admin for this test, managed by postmanager1, open to walk-in volunteers. */
async function createPost(name: string, checkInMode: 'geo' | 'rotating'): Promise<number> {
  const [root] = await host.select<{ id: number; parent_id: number | null }>('org_units', { level: 'city' });
  const [manager] = await host.select<{ id: number }>('people', { handle: 'postmanager1' });
  const created = await host.post<{ post: { id: number } }>('admin', 'volunteer', {
    action: 'createPost',
    data: { name, kind: '银发先锋工作室', address: '鹭江道 1 号', ...AT_POST_SITE, radius: 200, orgUnitId: root.id, checkInMode, walkIns: true, services: ['理发'], managerIds: [manager.id] },
  });
  if (!created.ok) throw new Error(`createPost: ${JSON.stringify(created)}`);
  return created.data.post.id;
}
const AT_POST_SITE = { lat: 24.4539, lng: 118.0817 };
const AT_POST_PHONE = { latitude: AT_POST_SITE.lat + 0.0004, longitude: AT_POST_SITE.lng };

describe('volunteer check-in', () => {
  let geoScene: string;
  beforeAll(async () => {
    const postId = await createPost('鹭江银发先锋工作室', 'geo');
    const qr = await host.post<{ scene: string }>('postmanager1', 'qrcode', { action: 'create', data: { type: 'checkin', id: postId } });
    if (!qr.ok) throw new Error(`checkin code: ${JSON.stringify(qr)}`);
    geoScene = qr.data.scene;
  });

  // Blocker 1 of issue 16: location.weapp.ts re-exported from './location', which in the weapp build is itself,
  // so the page threw "Maximum call stack size exceeded" and stayed on 正在读取驿站.
  it('opens a geo post from its printed code, gets past 正在读取驿站, and checks in at the post with one tap', async () => {
    weapp.as(await bindOpenid('volunteer12'));
    weapp.errors.length = 0;
    weapp.phone.location = AT_POST_PHONE;
    const page = await weapp.launch('subpackages/scan/index', { scene: encodeURIComponent(geoScene) });
    await page.waitForText('鹭江银发先锋工作室');
    expect(page.text()).not.toContain('正在读取驿站');
    expect(page.text()).toContain('签到时要用一下手机的位置');
    await page.tap('按这里签到');
    await page.waitForText(/签到成功，\d\d:\d\d。服务结束时请再扫一次签退。/);
    expect(weapp.calls.filter((c) => c.api === 'getLocation')).toHaveLength(1);
    expect(weapp.errors).toEqual([]);
  });

  it('when the location is refused, says so in a sentence and opens WeChat\'s setting from a tap, then checks in', async () => {
    weapp.as(await bindOpenid('volunteer13'));
    weapp.errors.length = 0;
    weapp.phone.location = 'denied';
    weapp.phone.authSetting = { 'scope.userLocation': false };
    weapp.phone.afterOpenSetting = { 'scope.userLocation': true };
    const page = await weapp.launch('subpackages/scan/index', { scene: encodeURIComponent(geoScene) });
    await page.waitForText('按这里签到');
    await page.tap('按这里签到');
    await page.waitForText('没有签到成功');
    expect(page.text()).toContain('您还没有允许“银发先锋”使用位置');
    await page.tap('打开定位权限');
    expect(weapp.calls.some((c) => c.api === 'openSetting')).toBe(true);
    weapp.phone.location = AT_POST_PHONE;
    await page.tap('按这里签到');
    await page.waitForText(/签到成功/);
    expect(weapp.errors).toEqual([]);
  });

  // Runs after other people used the mini-program: it held on to the last person's session (a member, not a
  // volunteer) until the harness started a person's mini-program afresh, as WeChat does per account.
  it('checks in at a rotating post by typing the 6 digits read off the manager\'s phone', async () => {
    const postId = await createPost('筼筜银发先锋工作室', 'rotating');
    weapp.as(await bindOpenid('volunteer14'));
    weapp.errors.length = 0;
    const page = await weapp.launch('subpackages/volunteer/post/index', { id: String(postId) });
    await page.waitForText('负责人手机上的 6 位数字');
    const rotating = await host.post<{ code: string }>('postmanager1', 'volunteer', { action: 'rotatingCode', data: { postId } });
    if (!rotating.ok) throw new Error(`rotatingCode: ${JSON.stringify(rotating)}`);
    await page.type(rotating.data.code);
    await page.tap('按这里签到');
    await page.waitForText(/签到成功/);
    const [volunteer] = await host.select<{ id: number }>('people', { handle: 'volunteer14' });
    expect(await host.select('vol_records', { post_id: postId, person_id: volunteer.id })).toHaveLength(1);
    expect(weapp.errors).toEqual([]);
  });
});

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string } };

describe('events', () => {
  it('signs up for an open event with one tap, asking WeChat\'s message consent on that tap', async () => {
    const openid = await bindOpenid('member2');
    const listed = (await cloud.call('events', { action: 'list', data: {} }, openid)) as Reply<{
      events: { id: number; mode: string; cancelled: boolean; capacity: number; confirmed: number; signupOpensAt: string; signupClosesAt: string; mine: { status: string | null } | null }[];
    }>;
    if (!listed.ok) throw new Error(`events.list: ${JSON.stringify(listed)}`);
    const now = Date.now();
    const open = listed.data.events.find(
      (e) => e.mode === 'first_come' && !e.cancelled && e.confirmed < e.capacity - 1 && Date.parse(e.signupOpensAt) <= now && now < Date.parse(e.signupClosesAt) && !e.mine?.status,
    );
    if (!open) throw new Error('the demo city has no open first-come event for member2');
    weapp.as(openid);
    weapp.errors.length = 0;
    weapp.phone.subscribeAnswer = 'accept';
    const page = await weapp.launch('subpackages/events/detail/index', { id: String(open.id) });
    await page.waitForText('名额：');
    await page.tap('报名');
    await page.waitForText('已报名');
    const asked = weapp.calls.filter((c) => c.api === 'requestSubscribeMessage');
    expect(asked).toHaveLength(1);
    expect(asked[0].options.tmplIds).toEqual(expect.arrayContaining(['TMPL-reminder-01', 'TMPL-changed-01']));
    expect(weapp.errors).toEqual([]);
  });
});

describe('notices', () => {
  it('opens a notice that wants a receipt, and answers 我已收到 with one tap', async () => {
    const openid = await bindOpenid('member1');
    const listed = (await cloud.call('notices', { action: 'list', data: {} }, openid)) as Reply<{ items: { id: number; needsAck: boolean; acknowledged: boolean }[] }>;
    if (!listed.ok) throw new Error(`notices.list: ${JSON.stringify(listed)}`);
    const wanting = listed.data.items.find((n) => n.needsAck && !n.acknowledged);
    if (!wanting) throw new Error('the demo city has no notice wanting a receipt from member1');
    weapp.as(openid);
    weapp.errors.length = 0;
    const page = await weapp.launch('subpackages/notices/detail/index', { id: String(wanting.id) });
    await page.waitForText('我已收到');
    await page.tap('我已收到');
    await page.waitForText('您已经确认收到这条通知了。');
    // 朗读 is left out: notices.speech answers INTERNAL in a WeChat-only deployment (no espeak-ng in a cloud function),
    // a product defect of issue 16 that is not this harness's to fix.
    expect(weapp.errors).toEqual([]);
  });
});
