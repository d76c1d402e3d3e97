// The scan page for codes other than books, end to end on the H5 build: an invitation QR accepted with one tap
// (and refused, in a sentence, when used again); the answer to 接受邀请 lost on a weak line and got by 再试一次;
// an event's code opening its page and an attendance code marking 已签到; a failed line while reading a code; and each of these screens through the accessibility gate in normal and 大字 mode.
import type { Page } from 'playwright-core';
import type { AccountApi, User } from '../../contracts/account';
import type { QrCode } from '../../contracts/qrcode';
import { plainScene, signedScene } from '../../backend/rules/scenes';
import { createRateLimits } from '../../backend/runtime/rate-limits';
import { dataOf, login, post } from '../support/api';
import { describeInBrowser } from '../support/browser';
import { hostAndBrowser } from './helpers/host-and-browser';
import { CURRENT_PAGE, openScreen, setLargeText, waitForScreen } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { LARGE_RULES, NORMAL_RULES, sizeProblems } from './helpers/size-checks';

jest.setTimeout(90_000);

type Invite = AccountApi['createInvite']['output']['invite'];

const HOUR = 3600 * 1000;
describeInBrowser('scanning codes other than books (H5)', () => {
  const app = hostAndBrowser();
  let secretary: string;
  let branch: User;

  /** A new member added to secretary1's branch, with their invitation. */
  async function invite(name: string): Promise<Invite> {
    return (
      await dataOf(
        post<AccountApi['createInvite']['output']>(
          app.host.baseUrl,
          'account',
          { action: 'createInvite', data: { name, orgUnitId: branch.orgUnitId } },
          secretary,
        ),
      )
    ).invite;
  }

  /** The link an invitation's printed QR code carries (qrcode.create makes exactly this scene; the PNG is not needed here). */
  function invitationLink(inv: Invite): string {
    return `${app.host.baseUrl}/s?scene=${encodeURIComponent(signedScene('invitation', inv.invitationId, new Date(inv.expiresAt), app.host.deps.sceneKey))}`;
  }

  function signed(type: 'attendance' | 'checkin', id: number): string {
    return signedScene(type, id, new Date(Date.now() + HOUR), app.host.deps.sceneKey);
  }

  const screen = (page: Page) => page.locator(CURRENT_PAGE);
  const buttons = (page: Page) => screen(page).locator('.page-frame__main').getByRole('button').allTextContents();

  beforeAll(async () => {
    secretary = await login(app.host.baseUrl, 'secretary1');
    branch = (await dataOf(post<{ user: User }>(app.host.baseUrl, 'account', { action: 'me' }, secretary))).user;
  });

  // Every test redeems from the same address: each starts with fresh limits (the limits have their own tests).
  beforeEach(() => {
    app.host.deps.limits = createRateLimits();
  });

  test('an invitation QR: 接受邀请 signs the new member in and says so; the same code on another phone is refused in a sentence', async () => {
    const inv = await invite('赵桂芳');
    // The printed code's own link: made by the secretary who issued the invitation.
    const printed = await dataOf(
      post<QrCode>(
        app.host.baseUrl,
        'qrcode',
        { action: 'create', data: { type: 'invitation', id: inv.invitationId } },
        secretary,
      ),
    );
    expect(new URL(printed.url).pathname).toBe('/s');
    expect(new URL(printed.url).searchParams.get('scene')).toBe(new URL(invitationLink(inv)).searchParams.get('scene'));

    const page = await app.phone();
    await page.goto(printed.url);
    await waitForScreen(page, '入会邀请');
    const offer = screen(page).locator('.accept-invitation__note');
    await expect(offer.textContent()).resolves.toMatch(
      /^这是支部书记发给您的入会邀请。接受以后，您就能用这部手机登录了。请在\d{4}年\d+月\d+日 星期.+以前接受。$/,
    );
    await expect(buttons(page)).resolves.toEqual(['接受邀请', '先不接受，回到首页']);

    await screen(page).getByRole('button', { name: '接受邀请', exact: true }).click();
    const done = screen(page).getByRole('status').filter({ hasText: '您已经加入支部了' });
    await done.waitFor();
    await expect(done.textContent()).resolves.toBe(
      `您已经加入支部了邀请已接受，您已加入${branch.orgUnitName}。欢迎您，赵桂芳。`,
    );
    await expect(buttons(page)).resolves.toEqual(['去首页']);

    // Signed in for real: 首页 greets the new member, without saying the same sentence again, and a reload keeps it.
    await screen(page).getByRole('button', { name: '去首页', exact: true }).click();
    await page.waitForURL('**/pages/home/index');
    await screen(page).getByText('您好，赵桂芳', { exact: true }).waitFor();
    await expect(
      screen(page)
        .getByText(/邀请已接受/)
        .count(),
    ).resolves.toBe(0);
    await page.reload();
    await screen(page).getByText('您好，赵桂芳', { exact: true }).waitFor();

    const other = await app.phone();
    await other.goto(printed.url);
    await waitForScreen(other, '入会邀请');
    await screen(other).getByRole('button', { name: '接受邀请', exact: true }).click();
    const refused = screen(other).getByRole('alert');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toBe(
      '邀请没有接受成功这个邀请二维码已经用过了。如果不是您本人用的，请联系支部书记。',
    );
    // Trying again cannot help: no 再试一次, one way home.
    await expect(buttons(other)).resolves.toEqual(['回到首页']);
    await screen(other).getByRole('button', { name: '回到首页', exact: true }).click();
    await other.waitForURL('**/pages/home/index');
  });

  test('the answer to 接受邀请 is lost twice on a weak line: 再试一次 gets it, and it is not refused as already used', async () => {
    const inv = await invite('钱淑珍');
    const page = await app.phone();
    const sent: { scene?: string; requestId?: string }[] = [];
    let lose = 2;
    await page.route('**/api/account', async (route) => {
      const body = route.request().postDataJSON() as { action: string; data: { scene?: string }; requestId?: string };
      if (body.action !== 'redeemInvite') return route.continue();
      sent.push({ scene: body.data.scene, requestId: body.requestId });
      if (lose === 0) return route.continue();
      lose -= 1;
      // The server does the work; the answer never reaches the phone.
      await route.fetch();
      return route.abort('failed');
    });

    await page.goto(invitationLink(inv));
    await waitForScreen(page, '入会邀请');
    await screen(page).getByRole('button', { name: '接受邀请', exact: true }).click();
    const failed = screen(page).getByRole('alert');
    await failed.waitFor();
    await expect(failed.textContent()).resolves.toBe('邀请没有接受成功网络不太好，没有连上服务器。请稍后再试。');
    await expect(buttons(page)).resolves.toEqual(['再试一次', '回到首页']);

    await screen(page).getByRole('button', { name: '再试一次', exact: true }).click();
    await screen(page)
      .getByRole('status')
      .filter({ hasText: `邀请已接受，您已加入${branch.orgUnitName}。欢迎您，钱淑珍。` })
      .waitFor();
    // One attempt, one request id: the client resent once by itself, then the tap on 再试一次.
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((s) => s.requestId)).size).toBe(1);
    expect(sent[0].scene).toBe(
      signedScene('invitation', inv.invitationId, new Date(inv.expiresAt), app.host.deps.sceneKey),
    );
  });

  test('an event code opens the event’s page; its attendance code offers 签到 and marks the member 已签到', async () => {
    const member = await login(app.host.baseUrl, 'member1');
    const now = Date.now();
    const created = await dataOf(
      post<{ event: { id: number } }>(
        app.host.baseUrl,
        'events',
        {
          action: 'create',
          data: {
            title: '扫码签到演示讲座',
            type: 'lecture',
            place: '礼堂',
            startAt: new Date(now + 30 * 60_000).toISOString(),
            endAt: new Date(now + 3 * HOUR).toISOString(),
            capacity: 10,
            signupOpensAt: new Date(now - HOUR).toISOString(),
            signupClosesAt: new Date(now + 20 * 60_000).toISOString(),
            audienceOrgUnitId: branch.orgUnitId,
            mode: 'first_come',
          },
        },
        secretary,
      ),
    );
    await dataOf(post(app.host.baseUrl, 'events', { action: 'signUp', data: { eventId: created.event.id } }, member));
    const code = await dataOf(
      post<QrCode>(
        app.host.baseUrl,
        'qrcode',
        { action: 'create', data: { type: 'attendance', id: created.event.id } },
        secretary,
      ),
    );
    const page = await app.phone();
    await page.goto(`${app.host.baseUrl}/subpackages/account/login/index`);
    await waitForScreen(page, '登录');
    await page.getByLabel('登录名').fill('member1');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL('**/pages/mine/index');

    await page.goto(`${app.host.baseUrl}/s?scene=${encodeURIComponent(plainScene('event', created.event.id))}`);
    // The event page is headed by the event's name (issue 20).
    await waitForScreen(page, '扫码签到演示讲座');

    await page.goto(code.url);
    await waitForScreen(page, '活动签到');
    await screen(page).getByRole('button', { name: '签到', exact: true }).click();
    await screen(page).getByRole('status').filter({ hasText: '签到成功！欢迎参加“扫码签到演示讲座”。' }).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  test('an expired invitation QR says it expired, with the way home', async () => {
    const page = await app.phone();
    const stale = signedScene('invitation', 1, new Date(Date.now() - HOUR), app.host.deps.sceneKey);
    await openScreen(page, app.host.baseUrl, `/s?scene=${encodeURIComponent(stale)}`, '扫码');
    const problem = screen(page).getByRole('alert');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toBe(
      '这个二维码不能再用了这个二维码已经过期了，请找工作人员要一个新的。您可以回到首页，在“听书”里找到想听的书。',
    );
    await expect(buttons(page)).resolves.toEqual(['回到首页']);
  });

  // An event's code: a book's code comes with its book inside the page (the lean landing) and asks nothing more.
  test('the line fails while the code is read: the sentence and 再试一次, which then opens the event', async () => {
    const page = await app.phone();
    await page.route('**/api/qrcode', (route) => route.abort('failed'));
    await openScreen(page, app.host.baseUrl, '/s?scene=e.1', '扫码');
    const failed = screen(page).getByRole('alert');
    await failed.waitFor();
    await expect(failed.textContent()).resolves.toBe(
      '这个二维码没有打开网络不太好，没有连上服务器。请稍后再试。再试一次',
    );
    await expect(buttons(page)).resolves.toEqual(['再试一次', '回到首页']);
    await page.unroute('**/api/qrcode');
    await screen(page).getByRole('button', { name: '再试一次', exact: true }).click();
    // Signed out, an event's page is headed 活动 (the code is read: it was 扫码 until then).
    await waitForScreen(page, '活动');
  });

  describe.each([false, true])('the new screens pass the accessibility gate (大字 %p)', (large) => {
    let page: Page;

    async function expectAccessible(): Promise<void> {
      const problems = [
        ...(await axeViolations(page)),
        ...(await sizeProblems(page, large ? LARGE_RULES : NORMAL_RULES)),
      ];
      if (problems.length > 0)
        throw new Error(`${problems.length} accessibility problem(s) on ${page.url()}:\n  ${problems.join('\n  ')}`);
    }

    beforeAll(async () => {
      page = await app.phone();
      await openScreen(page, app.host.baseUrl, '/pages/mine/index', '我的');
      await setLargeText(page, large);
    });

    test('an invitation: the offer, then done', async () => {
      await page.goto(invitationLink(await invite(large ? '孙玉兰' : '李凤英')));
      await waitForScreen(page, '入会邀请');
      await expectAccessible();
      await screen(page).getByRole('button', { name: '接受邀请', exact: true }).click();
      await screen(page).getByRole('status').filter({ hasText: '您已经加入支部了' }).waitFor();
      await expectAccessible();
    });

    test('an invitation refused', async () => {
      const inv = await invite(large ? '周秀英' : '吴桂兰');
      await post(app.host.baseUrl, 'account', { action: 'redeemInvite', data: { code: inv.code } });
      await page.goto(invitationLink(inv));
      await waitForScreen(page, '入会邀请');
      await screen(page).getByRole('button', { name: '接受邀请', exact: true }).click();
      await screen(page).getByRole('alert').waitFor();
      await expectAccessible();
    });

    test('a check-in code', async () => {
      await openScreen(page, app.host.baseUrl, `/s?scene=${encodeURIComponent(signed('checkin', 3))}`, '志愿服务打卡');
      await expectAccessible();
    });

    test('a failed line', async () => {
      await page.route('**/api/qrcode', (route) => route.abort('failed'));
      await openScreen(page, app.host.baseUrl, '/s?scene=e.1', '扫码');
      await screen(page).getByRole('alert').waitFor();
      await expectAccessible();
      await page.unroute('**/api/qrcode');
    });
  });
});
