// 志愿服务 in a real browser on the H5 build: a volunteer at the post scans its printed code, reads why the location
// is asked, presses the one big button and reads "签到成功，…"; the network drops at check-out and the phone keeps
// the scan, which is sent (once) when the 志愿 tab opens again; the record shows in 我的服务记录; a post manager sees
// the queue; the certificate's public page verifies. The record sent later says 待负责人确认 in a sentence, and the
// verify page shows the name's middle masked and the volunteer number's last 4. Each screen is also photographed at 390×844 for a person to look at.
import type { BrowserContext, Page } from 'playwright-core';
import { signedScene } from '../../backend/rules/scenes';
import type { QrCode } from '../../contracts/qrcode';
import type { VolunteerApi } from '../../contracts/volunteer';
import { dataOf, login, post } from '../support/api';
import { describeInBrowser } from '../support/browser';
import { CURRENT_PAGE, loginViaForm, openScreen, TEXT_SIZE_WORDS } from './helpers/app';
import { ALL_TEXT_SIZES, expectInViewport, presetTextSize } from './helpers/in-viewport';
import { hostAndBrowser } from './helpers/host-and-browser';

jest.setTimeout(120_000);

const POST = { lat: 24.4798, lng: 118.0894 };
const SHOTS = process.env.VOLUNTEER_SHOTS_DIR;

describeInBrowser('志愿服务 journey (H5)', () => {
  const app = hostAndBrowser();
  let postId: number;
  let scene: string;
  let context: BrowserContext;
  let page: Page;
  const screen = () => page.locator(CURRENT_PAGE);
  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    const admin = await login(app.host.baseUrl, 'admin');
    const root = await app.host.deps.database.db
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const manager = await app.host.deps.database.db
      .selectFrom('people')
      .select('id')
      .where('handle', '=', 'postmanager1')
      .executeTakeFirstOrThrow();
    const created = await dataOf(
      post<VolunteerApi['createPost']['output']>(
        app.host.baseUrl,
        'volunteer',
        {
          action: 'createPost',
          data: {
            name: '鹭江银发先锋工作室',
            kind: '银发先锋工作室',
            address: '鹭江道 1 号',
            ...POST,
            radius: 200,
            orgUnitId: root.id,
            checkInMode: 'geo',
            walkIns: true,
            services: ['义诊', '理发'],
            managerIds: [manager.id],
          },
        },
        admin,
      ),
    );
    postId = created.post.id;
    scene = (
      await dataOf(
        post<QrCode>(
          app.host.baseUrl,
          'qrcode',
          { action: 'create', data: { type: 'checkin', id: postId } },
          await login(app.host.baseUrl, 'postmanager1'),
        ),
      )
    ).scene;
    ({ context, page } = await app.newPhone());
    await context.grantPermissions(['geolocation'], { origin: app.host.baseUrl });
    await context.setGeolocation({ latitude: POST.lat + 0.0004, longitude: POST.lng, accuracy: 20 });
    await loginViaForm(page, app.host.baseUrl, 'volunteer12');
  });

  it('checks in with one big button, says why it asks for the location, and answers in a full sentence', async () => {
    await openScreen(page, app.host.baseUrl, `/s?scene=${encodeURIComponent(scene)}`, '志愿服务打卡');
    await screen().getByText('鹭江银发先锋工作室').waitFor();
    await expect(
      screen()
        .getByText(/签到时要用一下手机的位置，确认您在驿站/)
        .count(),
    ).resolves.toBe(1);
    const button = screen().getByRole('button', { name: '按这里签到' });
    const box = await button.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(100);
    await shot('01-check-in-before');
    await button.click();
    const result = screen().getByRole('status').filter({ hasText: '签到成功' });
    await result.waitFor();
    await expect(result.textContent()).resolves.toMatch(
      /^签到成功，(上午|中午|下午|晚上|凌晨)\d+点(\d\d分)?。服务结束时请再扫一次签退。$/,
    );
    await shot('02-check-in-done');
  });

  it('keeps the check-out on the phone when the network fails, and sends it once when the 志愿 tab opens', async () => {
    await openScreen(page, app.host.baseUrl, `/s?scene=${encodeURIComponent(scene)}`, '志愿服务打卡');
    const button = screen().getByRole('button', { name: '服务结束了，按这里签退' });
    await button.waitFor();
    await page.route('**/api/volunteer', (route) =>
      route.request().postDataJSON()?.action === 'checkOut' ? route.abort('internetdisconnected') : route.continue(),
    );
    await button.click();
    // A few minutes in, a 签退 asks first: the stay would not count.
    await page.getByRole('button', { name: '确定签退' }).click();
    await screen().getByRole('status').filter({ hasText: '已经记在手机上了' }).waitFor();
    await shot('03-kept-offline');
    await page.unroute('**/api/volunteer');
    const kept = await page.evaluate(() => localStorage.getItem('volunteer.offline-scans'));
    expect(kept).toContain('"kind":"out"');

    await openScreen(page, app.host.baseUrl, '/pages/volunteer/index', '志愿服务');
    await screen()
      .getByText(/补交成功/)
      .waitFor();
    await screen().getByText('本月').waitFor();
    await shot('04-volunteer-tab');
    const records = await app.host.deps.database.db
      .selectFrom('vol_records')
      .select(['status', 'flags_json'])
      .where('post_id', '=', postId)
      .execute();
    expect(records).toHaveLength(1);
    expect(records[0].status).not.toBe('open');
    expect(JSON.parse(records[0].flags_json)).toContain('offline');
    // Taro keeps storage as {"data": …}: nothing is left to send.
    expect(await page.evaluate(() => localStorage.getItem('volunteer.offline-scans'))).not.toContain('clientId');
  });

  it('lists the record in 我的服务记录 with its status in words', async () => {
    await openScreen(page, app.host.baseUrl, '/subpackages/volunteer/records/index', '我的服务记录');
    await screen().getByText('鹭江银发先锋工作室 · 随到随签服务').waitFor();
    await shot('05-records');
  });

  it('says in a sentence that a stay sent later waits for the post manager (待负责人确认)', async () => {
    // Two hours at the post, kept on the phone and sent an hour later.
    const token = await login(app.host.baseUrl, 'volunteer13');
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    const where = { ...POST, accuracy: 20 };
    const sent = await dataOf(
      post<VolunteerApi['syncOffline']['output']>(
        app.host.baseUrl,
        'volunteer',
        {
          action: 'syncOffline',
          data: {
            items: [
              { clientId: 'e2e-held-in-01', kind: 'in', scene, ...where, scannedAt: at(3) },
              { clientId: 'e2e-held-out-1', kind: 'out', scene, ...where, scannedAt: at(1) },
            ],
          },
        },
        token,
      ),
    );
    expect(sent.results.map((r) => r.ok)).toEqual([true, true]);
    const phone = await app.phone();
    await loginViaForm(phone, app.host.baseUrl, 'volunteer13');
    page = phone;
    await openScreen(page, app.host.baseUrl, '/subpackages/volunteer/records/index', '我的服务记录');
    const row = screen().getByText('鹭江银发先锋工作室 · 随到随签服务');
    await row.waitFor();
    await screen().getByText('待负责人确认', { exact: true }).waitFor();
    await row.click();
    await screen().getByText('这条记录待负责人确认：驿站负责人确认以后，这次的时长才计入服务证明。').waitFor();
    await shot('05b-record-waiting');
  });

  it('shows a post’s page with this week’s shifts, and a post manager their queue', async () => {
    await openScreen(page, app.host.baseUrl, '/subpackages/volunteer/post/index?id=1', '志愿服务驿站');
    await screen().getByText('本周的服务').waitFor();
    await shot('06-post');
    const manager = await app.phone();
    await loginViaForm(manager, app.host.baseUrl, 'postmanager1');
    page = manager;
    await openScreen(page, app.host.baseUrl, '/subpackages/volunteer/manage/index', '驿站管理');
    await screen().getByText('待处理的服务记录').waitFor();
    await page.locator(`${CURRENT_PAGE} .state-view--loading`).first().waitFor({ state: 'detached' });
    await shot('07-manage');
  });

  it('shows a rotating post’s code on the manager’s phone (the H5 view that once imported itself and crashed)', async () => {
    const db = app.host.deps.database.db;
    const root = await db.selectFrom('org_units').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow();
    const manager = await db
      .selectFrom('people')
      .select('id')
      .where('handle', '=', 'postmanager1')
      .executeTakeFirstOrThrow();
    await dataOf(
      post(
        app.host.baseUrl,
        'volunteer',
        {
          action: 'createPost',
          data: {
            name: '地下室动态码驿站',
            kind: '志愿服务驿站',
            address: '某路 2 号',
            ...POST,
            orgUnitId: root.id,
            checkInMode: 'rotating',
            walkIns: true,
            managerIds: [manager.id],
          },
        },
        await login(app.host.baseUrl, 'admin'),
      ),
    );
    const phone = await app.phone();
    const errors: string[] = [];
    phone.on('pageerror', (e) => errors.push(e.message));
    await loginViaForm(phone, app.host.baseUrl, 'postmanager1');
    await openScreen(phone, app.host.baseUrl, '/subpackages/volunteer/manage/index', '驿站管理');
    await phone.locator(CURRENT_PAGE).getByText('地下室动态码驿站').click();
    await phone
      .locator(CURRENT_PAGE)
      .getByText(/^\d \d \d \d \d \d$/)
      .waitFor();
    await phone.locator(`${CURRENT_PAGE} .rotating-code__qr`).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows an admin above the post a correction beyond the record, to approve or decline in words', async () => {
    const db = app.host.deps.database.db;
    const held = await db
      .selectFrom('vol_records')
      .innerJoin('people', 'people.id', 'vol_records.person_id')
      .select('vol_records.id')
      .where('people.handle', '=', 'volunteer13')
      .where('vol_records.post_id', '=', postId)
      .executeTakeFirstOrThrow();
    const proposed = await dataOf(
      post<VolunteerApi['correctRecord']['output']>(
        app.host.baseUrl,
        'volunteer',
        { action: 'correctRecord', data: { recordId: held.id, hours: 12, reason: '志愿者说一直在驿站' } },
        await login(app.host.baseUrl, 'postmanager1'),
      ),
    );
    expect(proposed.awaitingApproval).toBe(true);
    const admin = await app.phone();
    await loginViaForm(admin, app.host.baseUrl, 'admin');
    page = admin;
    await openScreen(page, app.host.baseUrl, '/subpackages/volunteer/manage/index', '驿站管理');
    await screen().getByText('待您批准').first().click();
    await screen()
      .getByText(/正在等上级管理员批准，批准前不生效。$/)
      .waitFor();
    await screen().getByRole('button', { name: '同意，改为12小时' }).waitFor();
    await screen().getByRole('button', { name: '不同意，保持原样' }).waitFor();
    await shot('07b-approve');
  });

  it('prints a certificate whose QR page says it is valid', async () => {
    const token = await login(app.host.baseUrl, 'volunteer1');
    const cert = await dataOf(
      post<VolunteerApi['certificate']['output']>(
        app.host.baseUrl,
        'volunteer',
        { action: 'certificate', data: { from: '2020-01-01', to: '2030-12-31' } },
        token,
      ),
    );
    const volunteer = await app.phone();
    await loginViaForm(volunteer, app.host.baseUrl, 'volunteer1');
    page = volunteer;
    await openScreen(page, app.host.baseUrl, `${cert.url}`, '志愿服务证明');
    await screen().getByText('扫码核验真伪').waitFor();
    await shot('08-certificate');
    // 保存图片: a PNG of the certificate is offered as a download and shown for a long press.
    const download = page.waitForEvent('download');
    await screen().getByRole('button', { name: '保存图片' }).click();
    expect((await download).suggestedFilename()).toBe(`志愿服务证明-${cert.number}.png`);
    await screen()
      .getByText(/证明的图片已经做好/)
      .waitFor();
    await page.locator(`${CURRENT_PAGE} .certificate-picture`).waitFor();
    const verify = new URL(cert.verifyUrl);
    const stranger = await app.phone();
    page = stranger;
    await openScreen(page, app.host.baseUrl, `${verify.pathname}${verify.search}`, '核验志愿服务证明');
    await screen().getByText('✓ 这张证书是真的').waitFor();
    // Enough to bind the paper to the person: the name's middle masked and the volunteer number's last 4.
    await screen()
      .getByText(/^志愿者编号末四位：\d{4}$/)
      .waitFor();
    await expect(
      screen()
        .getByText(/^志愿者：\p{Script=Han}\*+\p{Script=Han}?$/u)
        .count(),
    ).resolves.toBe(1);
    await shot('09-verify');
    // An altered signature is refused in a sentence.
    await openScreen(
      page,
      app.host.baseUrl,
      `${verify.pathname}?no=${cert.number}&sig=${signedScene('checkin', 1, new Date(Date.now() + 60_000), 'x').split('.')[3]}xxxxx`,
      '核验志愿服务证明',
    );
    await screen().getByText('查不到这张证书').waitFor();
    await screen()
      .getByText(/无法识别/)
      .waitFor();
    await expect(screen().getByRole('button', { name: '再试一次' }).count()).resolves.toBe(0);
    // What the printed code holds now: the scan page's short link with the sealed scene, and the same verdict.
    const code = new URL(cert.codeUrl);
    expect(code.pathname).toBe('/s');
    await openScreen(page, app.host.baseUrl, `${code.pathname}${code.search}`, '核验志愿服务证明');
    await screen().getByText('✓ 这张证书是真的').waitFor();
    await screen()
      .getByText(/^志愿者编号末四位：\d{4}$/)
      .waitFor();
  });
});

// The elder gate for the clock-in and shift journeys, in 标准, 大字 and 特大: after every action the sentence that
// says what happened is inside the 390×844 screen. Check in; a second scan says she is serving before any button, and
// its main button is not 签退; an early 签退 asks first; 撤销签退 takes it back; a shift's 报名 and 取消报名 ask first.
// The 特大 run is photographed (CLOCK_IN_SHOTS_DIR) for the closing note.
const CLOCK_SHOTS = process.env.CLOCK_IN_SHOTS_DIR;

describeInBrowser('志愿服务 clock-in and shifts in every text size (H5)', () => {
  const app = hostAndBrowser();
  let scene: string;
  let postId: number;

  beforeAll(async () => {
    const admin = await login(app.host.baseUrl, 'admin');
    const db = app.host.deps.database.db;
    const root = await db.selectFrom('org_units').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow();
    const manager = await db
      .selectFrom('people')
      .select('id')
      .where('handle', '=', 'postmanager1')
      .executeTakeFirstOrThrow();
    postId = (
      await dataOf(
        post<VolunteerApi['createPost']['output']>(
          app.host.baseUrl,
          'volunteer',
          {
            action: 'createPost',
            data: {
              name: '鹭江银发先锋工作室',
              kind: '银发先锋工作室',
              address: '鹭江道 1 号',
              ...POST,
              radius: 200,
              orgUnitId: root.id,
              checkInMode: 'geo',
              walkIns: true,
              services: ['义诊'],
              managerIds: [manager.id],
              contactName: '王秀英',
              contactPhone: '0592-1234567',
            },
          },
          admin,
        ),
      )
    ).post.id;
    const managerToken = await login(app.host.baseUrl, 'postmanager1');
    // A shift the day after tomorrow (China weekday 1–7), so this week's list offers it.
    const weekday = ((new Date(Date.now() + 8 * 3_600_000 + 2 * 86_400_000).getUTCDay() + 6) % 7) + 1;
    await dataOf(
      post(
        app.host.baseUrl,
        'volunteer',
        {
          action: 'createShift',
          data: { postId, weekday, starts: '09:00', ends: '11:00', capacity: 10, service: '测血压' },
        },
        managerToken,
      ),
    );
    scene = (
      await dataOf(
        post<QrCode>(
          app.host.baseUrl,
          'qrcode',
          { action: 'create', data: { type: 'checkin', id: postId } },
          managerToken,
        ),
      )
    ).scene;
  });

  ALL_TEXT_SIZES.forEach((size, i) => {
    it(`clocks in, says the state first, asks before an early 签退, undoes it, and asks before 报名 — ${TEXT_SIZE_WORDS[size]}`, async () => {
      const { context, page } = await app.newPhone();
      await presetTextSize(page, size);
      await context.grantPermissions(['geolocation'], { origin: app.host.baseUrl });
      await context.setGeolocation({ latitude: POST.lat + 0.0004, longitude: POST.lng, accuracy: 20 });
      await loginViaForm(page, app.host.baseUrl, `volunteer${20 + i}`);
      const screen = () => page.locator(CURRENT_PAGE);
      const shot = async (name: string) => {
        if (CLOCK_SHOTS && size === 'xlarge') await page.screenshot({ path: `${CLOCK_SHOTS}/${name}.png` });
      };
      const scanPage = `/s?scene=${encodeURIComponent(scene)}`;

      // The 志愿 tab: 扫码签到 is on the first screen, before the hour cards.
      await openScreen(page, app.host.baseUrl, '/pages/volunteer/index', '志愿服务');
      await expectInViewport(page, screen().getByRole('button', { name: '扫码签到、签退' }));
      await shot('00-volunteer-tab');

      await openScreen(page, app.host.baseUrl, scanPage, '志愿服务打卡');
      await screen().getByRole('button', { name: '按这里签到' }).click();
      await expectInViewport(page, screen().getByText(/^签到成功，.+点.*。服务结束时请再扫一次签退。$/));
      await expectInViewport(page, screen().getByText('✓ 签到成功'));
      await shot('01-checked-in');

      // A second scan: where she stands comes first, and the main button is not 签退.
      await openScreen(page, app.host.baseUrl, scanPage, '志愿服务打卡');
      const state = screen().getByText(/^您.+点.*已经签到，正在服务（已服务\d+分钟）。$/);
      await expectInViewport(page, state);
      await expect(screen().getByRole('button', { name: '按这里签退', exact: true }).count()).resolves.toBe(0);
      const buttons = await screen().getByRole('button').allTextContents();
      expect(buttons.indexOf('看我的服务时长')).toBeLessThan(buttons.indexOf('服务结束了，按这里签退'));
      await shot('02-second-scan-says-state');

      // An early 签退 asks, naming what it costs.
      await screen().getByRole('button', { name: '服务结束了，按这里签退' }).click();
      const question = page.getByText('现在签退，这次服务不到8分钟，不计时长。确定要签退吗？');
      await expectInViewport(page, question, 0);
      await shot('03-early-check-out-asks');
      await page.getByRole('button', { name: '确定签退' }).click();
      await expectInViewport(
        page,
        screen().getByText(/^签退成功，.+这次不计时长。按错了的话，5分钟内可以按“撤销签退”。/),
      );
      await shot('04-checked-out');

      // Taken back: she is serving again.
      await screen().getByRole('button', { name: '撤销签退' }).click();
      await expectInViewport(page, screen().getByText('签退已经撤销，您正在服务。服务结束时请再扫一次签退。'));
      await shot('05-undone');

      // A shift: 报名 asks first, naming the day and time; its sentence stays where she tapped.
      await openScreen(page, app.host.baseUrl, `/subpackages/volunteer/post/index?id=${postId}`, '志愿服务驿站');
      await screen()
        .getByText(/测血压。点这里报名。/)
        .click();
      await expectInViewport(page, page.getByText(/^您要报名.+上午9点—11点，测血压吗？/), 0);
      await shot('06-join-asks');
      await page.getByRole('button', { name: '确定报名' }).click();
      const joined = screen().locator('[role="status"]').filter({ hasText: '报名' });
      await expectInViewport(page, joined);
      await shot('07-joined');
      await screen()
        .getByText(/测血压。点这里可以取消报名。/)
        .click();
      await page.getByRole('button', { name: '确定取消报名' }).click();
      await expectInViewport(page, screen().locator('[role="status"]').filter({ hasText: '取消' }));
      await shot('08-left');
    });
  });
});
