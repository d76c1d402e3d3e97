// 时间银行 in a real browser on the H5 build, on the demo city: a relative (member871) asks for help for her elder
// (member861, 80+) with big choices and the phone's own pickers; a younger helper (volunteer1) takes it on 我能帮忙
// and the relative reads who is coming, in a sentence with the time; the helper scans the elder's printed card at
// arrival and departure (the scan page with the card's scene, as a camera would open it) and reads the minutes; the
// relative confirms with the one big button; the helper's hours on 我的 grow by what was confirmed, and the sum of
// every movement stays 0. The secretary's page shows the coverage figure. Each screen is checked by axe and our size
// rules in 标准 and 特大, and photographed at 390×844 into TIMEBANK_SHOTS_DIR when it is set.
import type { Page } from 'playwright-core';
import type { Balance, PersonalCard } from '../../contracts/timebank';
import { dataOf, login, post } from '../support/api';
import { describeInBrowser } from '../support/browser';
import { CURRENT_PAGE, loginViaForm, openScreen, type TextSize } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { presetTextSize } from './helpers/in-viewport';
import { hostAndBrowser } from './helpers/host-and-browser';
import { NORMAL_RULES, sizeProblems, XLARGE_RULES } from './helpers/size-checks';

jest.setTimeout(240_000);

const SHOTS = process.env.TIMEBANK_SHOTS_DIR;
const SIZES: TextSize[] = ['normal', 'xlarge'];

/** Tomorrow's China day, as the date picker holds it. */
function tomorrowInChina(): string {
  return new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
}

describeInBrowser('时间银行 journey (H5)', () => {
  const app = hostAndBrowser();
  const phones = new Map<string, Page>();
  let elder: { id: number; name: string };
  let helperName: string;
  let scene: string;

  /** One phone per person and text size, signed in once. */
  async function phoneOf(handle: string, size: TextSize): Promise<Page> {
    const key = `${handle}:${size}`;
    const known = phones.get(key);
    if (known) return known;
    const { page } = await app.newPhone();
    await presetTextSize(page, size);
    await loginViaForm(page, app.host.baseUrl, handle);
    phones.set(key, page);
    return page;
  }

  async function check(page: Page, size: TextSize, name: string): Promise<void> {
    await page.locator(`${CURRENT_PAGE} .state-view--loading`).waitFor({ state: 'detached' });
    const problems = [
      ...(await axeViolations(page)),
      ...(await sizeProblems(page, size === 'normal' ? NORMAL_RULES : XLARGE_RULES)),
    ];
    expect(problems).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${size}-${name}.png`, fullPage: true });
  }

  async function balanceOf(handle: string): Promise<Balance> {
    const token = await login(app.host.baseUrl, handle);
    return dataOf(post<Balance>(app.host.baseUrl, 'timebank', { action: 'balance', data: {} }, token));
  }

  async function movementSum(): Promise<number> {
    const row = await app.host.deps.database.db
      .selectFrom('ledger_movements')
      .select((eb) => eb.fn.sum<number>('minutes').as('total'))
      .executeTakeFirstOrThrow();
    return Number(row.total ?? 0);
  }

  beforeAll(async () => {
    const db = app.host.deps.database.db;
    elder = await db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('handle', '=', 'member861')
      .executeTakeFirstOrThrow();
    helperName = (
      await db.selectFrom('people').select('name').where('handle', '=', 'volunteer1').executeTakeFirstOrThrow()
    ).name;
    const card = await dataOf(
      post<PersonalCard>(
        app.host.baseUrl,
        'timebank',
        { action: 'personalCode', data: { personId: elder.id } },
        await login(app.host.baseUrl, 'member871'),
      ),
    );
    scene = card.scene;
  });

  it('a relative asks for help for her elder, with big choices and the phone’s own pickers', async () => {
    const page = await phoneOf('member871', 'normal');
    const screen = page.locator(CURRENT_PAGE);
    await openScreen(page, app.host.baseUrl, '/subpackages/timebank/ask/index', '请人帮忙');
    await screen.getByRole('radio', { name: elder.name }).click();
    await screen.getByRole('radio', { name: '居家养老' }).click();
    await screen.getByRole('radio', { name: '代购' }).click();
    await screen.getByLabel('哪一天').fill(tomorrowInChina());
    await screen.getByLabel('几点开始').fill('09:00');
    await screen.getByLabel('几点结束').fill('11:00');
    await screen.getByLabel('到哪里帮忙').fill('鹭江道 8 号 302 室');
    await check(page, 'normal', '01-ask');
    await screen.getByRole('button', { name: '发出请求' }).click();
    await screen.getByText('✓ 请求已经发出').waitFor();
    await check(page, 'normal', '02-asked');
  });

  it('a helper takes it, and the relative reads who is coming, with the time', async () => {
    const helper = await phoneOf('volunteer1', 'normal');
    await openScreen(helper, app.host.baseUrl, '/subpackages/timebank/help/index', '我能帮忙');
    await check(helper, 'normal', '03-help-open');
    await helper
      .locator(CURRENT_PAGE)
      .getByRole('button', { name: `接单：帮${elder.name}代购` })
      .first()
      .click();
    await helper.locator(CURRENT_PAGE).getByText('✓ 您接了这个请求。').first().waitFor();
    await check(helper, 'normal', '04-accepted');

    const relative = await phoneOf('member871', 'normal');
    await openScreen(relative, app.host.baseUrl, '/subpackages/timebank/mine/index', '我的时间银行');
    await relative
      .locator(CURRENT_PAGE)
      .getByText(new RegExp(`^${helperName}会在\\d{4}年\\d+月\\d+日 星期. 上午9点来帮${elder.name}代购。$`))
      .waitFor();
    await check(relative, 'normal', '05-who-is-coming');
  });

  it('the helper scans the elder’s card at the door and when leaving, and reads the minutes', async () => {
    const relative = await phoneOf('member871', 'normal');
    await openScreen(
      relative,
      app.host.baseUrl,
      `/subpackages/timebank/card/index?person=${elder.id}`,
      '时间银行服务卡',
    );
    await relative.locator(CURRENT_PAGE).getByText(elder.name, { exact: true }).waitFor();
    await check(relative, 'normal', '06-card');

    // The day comes: the request's window is moved to start now (the helper may scan in from an hour before it).
    const now = Date.now();
    await app.host.deps.database.db
      .updateTable('help_requests')
      .set({ starts_at: new Date(now - 600_000).toISOString(), ends_at: new Date(now + 3 * 3600_000).toISOString() })
      .where('person_id', '=', elder.id)
      .where('status', '=', 'matched')
      .execute();
    const helper = await phoneOf('volunteer1', 'normal');
    const screen = helper.locator(CURRENT_PAGE);
    await openScreen(helper, app.host.baseUrl, `/s?scene=${encodeURIComponent(scene)}`, '时间银行服务卡');
    await check(helper, 'normal', '07-scan-arrive');
    await screen.getByRole('button', { name: '到了，开始服务' }).click();
    await screen.getByText('✓ 开始服务').waitFor();
    await check(helper, 'normal', '08-arrived');
    // Two hours pass at the elder's: the running visit, and the window it was asked for, began two hours ago (the
    // minutes count from the window's start, never from an early scan).
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString();
    const running = await app.host.deps.database.db
      .updateTable('tb_visits')
      .set({ check_in_at: twoHoursAgo })
      .where('elder_id', '=', elder.id)
      .where('status', '=', 'in_progress')
      .returning('request_id')
      .executeTakeFirstOrThrow();
    await app.host.deps.database.db
      .updateTable('help_requests')
      .set({ starts_at: twoHoursAgo })
      .where('id', '=', running.request_id)
      .execute();
    await openScreen(helper, app.host.baseUrl, `/s?scene=${encodeURIComponent(scene)}`, '时间银行服务卡');
    await screen.getByRole('button', { name: '帮完了，结束服务' }).click();
    await screen.getByText('✓ 服务结束').waitFor();
    // The whole sentence: "72小时内确认" alone also holds "2小时".
    await expect(screen.getByRole('status').filter({ hasText: '这次服务2小时' }).count()).resolves.toBeGreaterThan(0);
    await check(helper, 'normal', '09-left');
  });

  it('the relative confirms with the one big button, and the hours move; the movements still sum to 0', async () => {
    const before = await balanceOf('volunteer1');
    const page = await phoneOf('member871', 'normal');
    const screen = page.locator(CURRENT_PAGE);
    await openScreen(page, app.host.baseUrl, '/subpackages/timebank/mine/index', '我的时间银行');
    await check(page, 'normal', '10-to-confirm');
    await screen.getByRole('link', { name: new RegExp(`^${helperName}来帮${elder.name}代购，2小时，对吗？`) }).click();
    await screen.getByRole('button', { name: '对，确认' }).waitFor();
    const box = await screen.getByRole('button', { name: '对，确认' }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(100);
    await check(page, 'normal', '10-confirm');
    await screen.getByRole('button', { name: '对，确认' }).click();
    await screen.getByText('✓ 已确认').waitFor();
    await check(page, 'normal', '11-confirmed');

    const after = await balanceOf('volunteer1');
    expect(after.balance).toBeCloseTo(before.balance + 2, 5);
    expect(await movementSum()).toBe(0);

    const helper = await phoneOf('volunteer1', 'normal');
    await openScreen(helper, app.host.baseUrl, '/pages/mine/index', '我的');
    await helper.locator(CURRENT_PAGE).getByText(after.sentence).waitFor();
    await check(helper, 'normal', '12-mine-balance');
  });

  it('the secretary sees the coverage figure and the queue', async () => {
    const page = await phoneOf('secretary1', 'normal');
    await openScreen(page, app.host.baseUrl, '/subpackages/timebank/branch/index', '时间银行管理');
    await page
      .locator(CURRENT_PAGE)
      .getByText(/覆盖率/)
      .first()
      .waitFor();
    await check(page, 'normal', '13-branch');
  });

  it.each(SIZES)('every time-bank screen with real content passes the checks in %s', async (size) => {
    const screens: [string, string, string, string][] = [
      ['member871', '/subpackages/timebank/mine/index', '我的时间银行', 'mine'],
      ['member871', '/subpackages/timebank/ask/index', '请人帮忙', 'ask'],
      ['member871', `/subpackages/timebank/card/index?person=${elder.id}`, '时间银行服务卡', 'card'],
      ['member871', '/subpackages/timebank/confirm/index', '确认服务', 'confirm-none'],
      ['volunteer1', '/subpackages/timebank/help/index', '我能帮忙', 'help'],
      ['volunteer1', `/s?scene=${encodeURIComponent(scene)}`, '时间银行服务卡', 'scan'],
      ['secretary1', '/subpackages/timebank/branch/index', '时间银行管理', 'branch'],
    ];
    for (const [handle, path, title, name] of screens) {
      const page = await phoneOf(handle, size);
      await openScreen(page, app.host.baseUrl, path, title);
      await check(page, size, `20-${name}`);
    }
  });
});
