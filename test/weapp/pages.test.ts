// The compiled mini-program, page by page: every page in dist/weapp/app.json loaded in miniprogram-simulate with
// WeChat's own template compiler, its calls going to the built cloud functions (wx-server-sdk faked, the OPENID
// path) on a seeded PostgreSQL demo city, then the elders' journeys driven by taps.
import { startDemoHost, type DemoHost } from '../support/weapp-host';
import { allPages, startWeapp, type Weapp } from '../support/weapp-app';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { requireNative } from '../support/weapp-native';
import { buildCloudBundles, FILE_ID_PREFIX, type CloudBundles } from '../support/weapp-cloud';

// The bundles open PostgreSQL from DATABASE_URL (a WeChat function has no disk to keep SQLite on).
if (!process.env.TEST_DATABASE_URL)
  throw new Error(
    'the weapp page harness needs PostgreSQL: install it (the global setup starts one) or set TEST_DATABASE_URL',
  );

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
  const invited = await host.post<{ invite: { code: string } }>('admin', 'account', {
    action: 'createInvite',
    data: { personId: person.id, lostPhone: true },
  });
  if (!invited.ok) throw new Error(`invite for ${handle}: ${JSON.stringify(invited)}`);
  const openid = `oWX-pages-${handle}`;
  const redeemed = await cloud.call(
    'account',
    { action: 'redeemInvite', data: { code: invited.data.invite.code } },
    openid,
  );
  expect(redeemed).toMatchObject({ ok: true });
  bound.set(handle, openid);
  return openid;
}

beforeAll(async () => {
  host = await startDemoHost();
  cloud = buildCloudBundles(host.databaseUrl, host.mediaDir);
  weapp = startWeapp(
    (name, event, openid) => cloud.call(name, event, openid),
    (url) => cloud.fileOfTempLink(url),
  );
});

afterAll(async () => {
  weapp?.closeAll();
  await weapp?.idle();
  await host?.stop();
  cloud?.remove();
});

afterEach(async () => {
  weapp.closeAll();
  // A page's last calls finish here, not in the next test as another person.
  await weapp.idle();
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
    data: {
      name,
      kind: '银发先锋工作室',
      address: '鹭江道 1 号',
      ...AT_POST_SITE,
      radius: 200,
      orgUnitId: root.id,
      checkInMode,
      walkIns: true,
      services: ['理发'],
      managerIds: [manager.id],
    },
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
    const qr = await host.post<{ scene: string }>('postmanager1', 'qrcode', {
      action: 'create',
      data: { type: 'checkin', id: postId },
    });
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
    await page.waitForText(/签到成功，(凌晨|上午|中午|下午|晚上)\d+点(\d\d分)?。服务结束时请再扫一次签退。/);
    expect(weapp.calls.filter((c) => c.api === 'getLocation')).toHaveLength(1);
    expect(weapp.errors).toEqual([]);
  });

  it("when the location is refused, says so in a sentence and opens WeChat's setting from a tap, then checks in", async () => {
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
  it("checks in at a rotating post by typing the 6 digits read off the manager's phone", async () => {
    const postId = await createPost('筼筜银发先锋工作室', 'rotating');
    weapp.as(await bindOpenid('volunteer14'));
    weapp.errors.length = 0;
    const page = await weapp.launch('subpackages/volunteer/post/index', { id: String(postId) });
    await page.waitForText('负责人手机上的 6 位数字');
    const rotating = await host.post<{ code: string }>('postmanager1', 'volunteer', {
      action: 'rotatingCode',
      data: { postId },
    });
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
  it("signs up for an open event with one tap, asking WeChat's message consent on that tap", async () => {
    const openid = await bindOpenid('member2');
    const listed = (await cloud.call('events', { action: 'list', data: {} }, openid)) as Reply<{
      events: {
        id: number;
        mode: string;
        cancelled: boolean;
        capacity: number;
        confirmed: number;
        signupOpensAt: string;
        signupClosesAt: string;
        mine: { status: string | null } | null;
      }[];
    }>;
    if (!listed.ok) throw new Error(`events.list: ${JSON.stringify(listed)}`);
    const now = Date.now();
    const open = listed.data.events.find(
      (e) =>
        e.mode === 'first_come' &&
        !e.cancelled &&
        e.confirmed < e.capacity - 1 &&
        Date.parse(e.signupOpensAt) <= now &&
        now < Date.parse(e.signupClosesAt) &&
        !e.mine?.status,
    );
    if (!open) throw new Error('the demo city has no open first-come event for member2');
    weapp.as(openid);
    weapp.errors.length = 0;
    weapp.phone.subscribeAnswer = 'accept';
    const page = await weapp.launch('subpackages/events/detail/index', { id: String(open.id) });
    await page.waitForText('名额：');
    const before = weapp.calls.length;
    await page.tap('报名');
    await page.waitForText('已报名');
    const asked = weapp.calls.slice(before).filter((c) => c.api === 'requestSubscribeMessage');
    expect(asked).toHaveLength(1);
    expect(asked[0].options.tmplIds).toEqual(expect.arrayContaining(['TMPL-reminder-01', 'TMPL-changed-01']));
    expect(weapp.errors).toEqual([]);
  });
});

describe('notices', () => {
  it('opens a notice that wants a receipt, and answers 收到 with one tap', async () => {
    const openid = await bindOpenid('member1');
    const listed = (await cloud.call('notices', { action: 'list', data: {} }, openid)) as Reply<{
      items: { id: number; needsAck: boolean; acknowledged: boolean }[];
    }>;
    if (!listed.ok) throw new Error(`notices.list: ${JSON.stringify(listed)}`);
    const wanting = listed.data.items.find((n) => n.needsAck && !n.acknowledged);
    if (!wanting) throw new Error('the demo city has no notice wanting a receipt from member1');
    weapp.as(openid);
    weapp.errors.length = 0;
    const page = await weapp.launch('subpackages/notices/detail/index', { id: String(wanting.id) });
    await page.waitForText('收到');
    await page.tap('收到');
    await page.waitForText('已告诉发通知的人：您已收到这条通知。');
    // 朗读 has its own journey (test/weapp/read-aloud.test.ts): it needs the fake WechatSI plugin installed first.
    expect(weapp.errors).toEqual([]);
  });
});

describe('books', () => {
  it("scans a book's code with 扫一扫 and plays it: the player is given a real MP3 from cloud storage", async () => {
    const [book] = await host.select<{ id: number; title: string }>('books', {});
    const qr = await host.post<{ scene: string }>('admin', 'qrcode', {
      action: 'create',
      data: { type: 'book', id: book.id },
    });
    if (!qr.ok) throw new Error(`book code: ${JSON.stringify(qr)}`);
    weapp.as(await bindOpenid('member3'));
    weapp.errors.length = 0;
    // What WeChat's scanner gives for a mini-program code: the page path with its scene.
    weapp.phone.scan = { result: '', path: `subpackages/scan/index?scene=${encodeURIComponent(qr.data.scene)}` };
    const scanner = await weapp.launch('subpackages/scanner/index');
    await scanner.tap('打开扫一扫');
    await weapp.settle(300);
    // 扫一扫 gives way to the scan page (redirectTo), which names the book and offers one button.
    const landing = weapp.current();
    expect(landing.route).toBe('subpackages/scan/index');
    await landing.waitForText(book.title);
    await landing.tap(/^▶?\s*开始收听$/);
    await weapp.settle(300);
    const player = weapp.current();
    expect(player.route).toBe('subpackages/player/index');
    await player.waitForText('正在播放');
    const [first] = await host.select<{ audio_path: string }>('chapters', { book_id: book.id, seq: 1 });
    expect(weapp.audio.src).toBe(`${FILE_ID_PREFIX}${first.audio_path}`);
    expect(weapp.audio.src.startsWith(FILE_ID_PREFIX)).toBe(true);
    expect(weapp.audio.playing).toBe(true);
    // The file id names a file in cloud storage, and its bytes are an MP3 (an ID3 tag or an MPEG frame sync).
    const file = path.join(cloud.storageDir, weapp.audio.src.slice(FILE_ID_PREFIX.length));
    expect(existsSync(file)).toBe(true);
    const head = readFileSync(file).subarray(0, 3);
    expect(head.toString('latin1') === 'ID3' || (head[0] === 0xff && (head[1] & 0xe0) === 0xe0)).toBe(true);
    expect(weapp.errors).toEqual([]);
  });
});

/** The text a QR image (PNG bytes) encodes, read as a phone's camera would. */
function readQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** The file behind a cloud:// id the fake cloud storage answered. */
function cloudFile(fileId: string): string {
  if (!fileId.startsWith(FILE_ID_PREFIX)) throw new Error(`not a cloud storage file id: ${fileId}`);
  return path.join(cloud.storageDir, fileId.slice(FILE_ID_PREFIX.length));
}

/** What the certificate sheet's code holds (the image the page was given by its certificateView): [route, scene]. */
function printedCertificateCode(): [string, string] {
  const shown = weapp.calls.filter(
    (c) => c.api === 'cloud.callFunction' && (c.options.data as { action?: string }).action === 'certificateView',
  );
  const { qrImage } = (shown.at(-1)?.reply as { data: { qrImage: string } }).data;
  const code = readQr(readFileSync(cloudFile(qrImage)));
  if (!code) throw new Error(`no readable QR in ${qrImage}`);
  const [route, query] = code.split('?scene=');
  return [route, query];
}

describe('volunteer certificate', () => {
  it("a volunteer taps 开具证明; its code, scanned by anyone, opens 核验 and says valid with the masked name and the number's last 4", async () => {
    // A volunteer of the demo city who has served (a closed record).
    const records = await host.select<{ person_id: number; check_out_at: string | null }>('vol_records', {});
    const served = records.find((r) => r.check_out_at);
    if (!served) throw new Error('the demo city has no closed volunteer record');
    const [person] = await host.select<{ handle: string; name: string }>('people', { id: served.person_id });
    weapp.as(await bindOpenid(person.handle));
    weapp.errors.length = 0;
    const issuing = await weapp.launch('subpackages/volunteer/certificate/index');
    await issuing.waitForText('开具证明');
    await issuing.tap('开具证明');
    await weapp.settle(300);
    const sheet = weapp.current();
    await sheet.waitForText('志愿服务证明');
    // What the paper says: the full name and volunteer number, and the code to scan.
    const paper = /兹证明 (\S+)（志愿者编号 (\S+)）/.exec(sheet.text());
    if (!paper) throw new Error(`the certificate sheet names nobody: ${sheet.text().slice(0, 300)}`);
    const [, fullName, number] = paper;
    expect(fullName).toBe(person.name);
    // WeChat opens the page the code names with its scene, for whoever scans it (no sign-in needed).
    const [route, query] = printedCertificateCode();
    expect(route).toBe('subpackages/volunteer/verify/index');
    weapp.as('oWX-pages-stranger');
    const verify = await weapp.launch(route, { scene: encodeURIComponent(decodeURIComponent(query)) });
    await verify.waitForText('✓ 这张证书是真的');
    const chars = Array.from(fullName);
    const masked = `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
    expect(verify.text()).toContain(`志愿者：${masked}`);
    expect(verify.text()).toContain(`志愿者编号末四位：${number.slice(-4)}`);
    expect(verify.text()).not.toContain(fullName);
    expect(weapp.errors).toEqual([]);
  });
});

describe('time-bank certificate', () => {
  it('a helper taps 开具证明 on 服务时间证明; its code opens the one 核验 page, valid, with the kind and the masked name', async () => {
    const [helper] = await host.select<{ name: string }>('people', { handle: 'volunteer1' });
    weapp.as(await bindOpenid('volunteer1'));
    weapp.errors.length = 0;
    const issuing = await weapp.launch('subpackages/timebank/certificate/index');
    await issuing.waitForText('开具证明');
    await issuing.tap('开具证明');
    await weapp.settle(300);
    const sheet = weapp.current();
    await sheet.waitForText('服务时间证明');
    expect(sheet.text()).toContain(`兹证明 ${helper.name} 于`);
    const [route, query] = printedCertificateCode();
    expect(route).toBe('subpackages/volunteer/verify/index');
    expect(decodeURIComponent(query)).toMatch(/^S\d{8}[0-9A-Z]{6}\./);
    weapp.as('oWX-pages-stranger');
    const verify = await weapp.launch(route, { scene: encodeURIComponent(decodeURIComponent(query)) });
    await verify.waitForText('✓ 这张证书是真的');
    const chars = Array.from(helper.name);
    const masked = chars.length === 2 ? `${chars[0]}*` : `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
    expect(verify.text()).toContain('证明种类：服务时间证明');
    expect(verify.text()).toContain(`服务人：${masked}`);
    expect(verify.text()).not.toContain(helper.name);
    expect(weapp.errors).toEqual([]);
  });
});

describe('invitation', () => {
  it('a new member opens the invitation code in WeChat, taps 接受邀请, and from then on that WeChat is that member', async () => {
    const [secretary] = await host.select<{ org_unit_id: number }>('people', { handle: 'secretary1' });
    const invited = await host.post<{ invite: { code: string }; scene: string }>('secretary1', 'account', {
      action: 'createInvite',
      data: { name: '夏建华', orgUnitId: secretary.org_unit_id },
    });
    if (!invited.ok) throw new Error(`createInvite: ${JSON.stringify(invited)}`);
    expect(invited.data.scene).toMatch(/^i\./);
    const newcomer = 'oWX-pages-newcomer';
    weapp.as(newcomer);
    weapp.errors.length = 0;
    // Scanned with WeChat's camera, the printed code opens the scan page with its scene.
    const page = await weapp.launch('subpackages/scan/index', { scene: encodeURIComponent(invited.data.scene) });
    await page.waitForText('接受邀请');
    await page.tap('接受邀请');
    await page.waitForText('您已经加入支部了');
    expect(page.text()).toContain('欢迎您，夏建华');
    // A later start of the mini-program knows nothing but the OPENID, and the cloud says who that is.
    weapp.as('oWX-pages-stranger');
    weapp.as(newcomer);
    const mine = await weapp.launch('pages/mine/index');
    await mine.waitForText('夏建华');
    const me = (await cloud.call('account', { action: 'me', data: {} }, newcomer)) as Reply<{ user: { name: string } }>;
    expect(me).toMatchObject({ ok: true, data: { user: { name: '夏建华' } } });
    expect(weapp.errors).toEqual([]);
  });
});

describe('WeChat messages', () => {
  it('排队等空位 counts the consent per template, and when a seat frees up the timer sends event_promoted through subscribeMessage.send', async () => {
    const [city] = await host.select<{ id: number }>('org_units', { level: 'city' });
    const now = Date.now();
    const day = 864e5;
    const created = await host.post<{ event: { id: number; title: string } }>('admin', 'events', {
      action: 'create',
      data: {
        title: '重阳节书法讲座',
        type: 'lecture',
        place: '老干部活动中心',
        startAt: new Date(now + 5 * day).toISOString(),
        endAt: new Date(now + 5 * day + 36e5).toISOString(),
        capacity: 1,
        signupOpensAt: new Date(now - 6e4).toISOString(),
        signupClosesAt: new Date(now + 4 * day).toISOString(),
        audienceOrgUnitId: city.id,
        mode: 'first_come',
      },
    });
    if (!created.ok) throw new Error(`events.create: ${JSON.stringify(created)}`);
    const eventId = created.data.event.id;
    // The one seat goes to member61, signed in on the web.
    expect(await host.post('member61', 'events', { action: 'signUp', data: { eventId } })).toMatchObject({
      ok: true,
      data: { status: 'confirmed' },
    });

    const openid = await bindOpenid('member62');
    const [member] = await host.select<{ id: number }>('people', { handle: 'member62' });
    const consents = async () =>
      Object.fromEntries(
        (
          await host.select<{ template: string; remaining: number }>('subscribe_consents', { person_id: member.id })
        ).map((c) => [c.template, c.remaining]),
      );
    expect(await consents()).toEqual({});
    weapp.as(openid);
    weapp.errors.length = 0;
    weapp.phone.subscribeAnswer = 'accept';
    const page = await weapp.launch('subpackages/events/detail/index', { id: String(eventId) });
    await page.waitForText('排队等空位');
    // WeChat's own bar is named for the event, as the page heading is, not 活动详情. The title is set by an effect
    // after the heading is drawn, so it may come a moment after the text.
    const titles = () =>
      weapp.calls.filter((c) => c.api === 'setNavigationBarTitle').map((c) => (c.options as { title: string }).title);
    for (const started = Date.now(); !titles().includes('重阳节书法讲座') && Date.now() - started < 5000;)
      await new Promise((r) => setTimeout(r, 20));
    expect(titles()).toContain('重阳节书法讲座');
    const before = weapp.calls.length;
    await page.tap('排队等空位');
    await page.waitForText('您排在第1位');
    const asked = weapp.calls.slice(before).filter((c) => c.api === 'requestSubscribeMessage');
    expect(asked).toHaveLength(1);
    expect(asked[0].options.tmplIds).toEqual(['TMPL-promoted-01', 'TMPL-reminder-01', 'TMPL-changed-01']);
    // One accepted prompt is one send allowed, per template it named. It is recorded beside the sign-up, not before
    // it (the sign-up must not wait on the prompt's bookkeeping), so its answer may come second.
    const recorded = { event_promoted: 1, event_reminder: 1, event_changed: 1 };
    for (let tries = 0; tries < 100 && JSON.stringify(await consents()) !== JSON.stringify(recorded); tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await consents()).toEqual(recorded);

    // member61 gives the seat back; the promotion waits in the outbox until the account function's timer fires.
    expect(await host.post('member61', 'events', { action: 'cancel', data: { eventId } })).toMatchObject({ ok: true });
    expect(cloud.sent().filter((m) => m.touser === openid)).toEqual([]);
    expect(await cloud.timer('account', 'run-due-jobs')).toBeDefined();
    const sent = cloud.sent().filter((m) => m.touser === openid);
    expect(sent).toHaveLength(1);
    expect(sent[0].templateId).toBe('TMPL-promoted-01');
    expect(sent[0].data.thing1.value).toContain('重阳节书法讲座');
    // The send used up that template's consent only.
    expect(await consents()).toEqual({ event_promoted: 0, event_reminder: 1, event_changed: 1 });
    expect(weapp.errors).toEqual([]);
  });
});

describe('roster export', () => {
  it('the admin taps 导出名册 in the mini-program; WeChat downloads the .xlsx from its temporary link and opens it, and it lists the members', async () => {
    // 组织管理 is the admin's; the city's roster holds secretary1's branch among the rest.
    const [secretary] = await host.select<{ org_unit_id: number }>('people', { handle: 'secretary1' });
    const members = await host.select<{ name: string }>('people', { org_unit_id: secretary.org_unit_id });
    weapp.as(await bindOpenid('admin'));
    weapp.errors.length = 0;
    const page = await weapp.launch('subpackages/org/tree/index');
    await page.waitForText('导出名册（Excel）');
    const before = weapp.calls.length;
    await page.tap('导出名册（Excel）');
    await page.waitForText('名册已经导出', 15_000);
    const after = weapp.calls.slice(before);
    const download = after.find((c) => c.api === 'downloadFile');
    expect(String(download?.options.url)).toMatch(/^https:\/\/fake-env\.tcb\.example\/.+\?max_age=\d+$/);
    // A cloud storage link is the grant itself: no session goes with it.
    expect(download?.options.header).toEqual({});
    const opened = after.find((c) => c.api === 'openDocument');
    expect(opened?.options).toMatchObject({ fileType: 'xlsx', showMenu: true });
    // The opened file is a real workbook (read in Node's realm, where exceljs runs) naming the branch's members.
    const ExcelJS = requireNative<{
      Workbook: new () => {
        xlsx: { readFile(file: string): Promise<unknown> };
        worksheets: { getSheetValues(): unknown[] }[];
      };
    }>(__filename, 'exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(String(opened?.options.filePath));
    const cells = JSON.stringify(book.worksheets.map((w) => w.getSheetValues()));
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(cells).toContain(m.name);
    expect(weapp.errors).toEqual([]);
  });
});
