// 活动报名 end to end on the H5 build: a member opens the demo's city lecture, presses the one big 报名, reads
// 报名成功 and 已报名 in full sentences, finds it in 我的活动 and on 首页, then cancels (asked first) and reads 已取消.
// Screenshots of each step go to $EVENTS_SHOTS when set, for looking at.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, PHONE } from '../support/browser';
import { startHost, type TestHost } from '../support/start-host';
import { CURRENT_PAGE, loginViaForm, openScreen, setTextSize } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { LARGE_RULES, NORMAL_RULES, sizeProblems, type SizeRules } from './helpers/size-checks';

jest.setTimeout(90_000);

describeInBrowser('活动报名 (H5)', () => {
  let host: TestHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const current = () => page.locator(CURRENT_PAGE);
  const shot = async (name: string) => {
    if (process.env.EVENTS_SHOTS)
      await page.screenshot({ path: `${process.env.EVENTS_SHOTS}/${name}.png`, fullPage: true });
  };

  /** A fresh phone for each person, so no session carries over. */
  const freshPhone = async () => {
    await context?.close();
    context = await browser.newContext(PHONE);
    page = await context.newPage();
  };
  const accessible = async (rules: SizeRules) => {
    const problems = [...(await axeViolations(page)), ...(await sizeProblems(page, rules))];
    expect(problems).toEqual([]);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHost({ engine: 'sqlite' });
    context = await browser.newContext(PHONE);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.stop();
  });

  it('a member signs up, sees 已报名 (also in 我的活动 and on 首页), cancels, and sees 已取消', async () => {
    await loginViaForm(page, host.baseUrl, 'member5');
    const lecture = await host.deps.database.db
      .selectFrom('events')
      .select(['id', 'title'])
      .where('title', 'like', '%宣讲报告会%')
      .executeTakeFirstOrThrow();

    await openScreen(page, host.baseUrl, '/pages/events/index', '活动');
    await current().getByText(lecture.title).waitFor();
    await shot('1-events-tab');
    await current().getByText(lecture.title).click();
    await current().getByText('可以报名', { exact: true }).waitFor();
    await shot('2-detail-open');

    await current().getByRole('button', { name: '报名', exact: true }).click();
    await current()
      .getByText(/报名成功！您已报上/)
      .waitFor();
    await current().getByText('已报名', { exact: true }).waitFor();
    await current()
      .getByText(/您已报名，名额已经留好了。/)
      .waitFor();
    await shot('3-signed-up');
    const row = await host.deps.database.db
      .selectFrom('enrolments')
      .innerJoin('people', 'people.id', 'enrolments.person_id')
      .select(['enrolments.status'])
      .where('people.handle', '=', 'member5')
      .where('event_id', '=', lecture.id)
      .where('active', '=', 1)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('confirmed');

    await openScreen(page, host.baseUrl, '/subpackages/events/mine/index', '我的活动');
    await current().getByText(lecture.title).waitFor();
    await shot('4-my-events');
    await openScreen(page, host.baseUrl, '/pages/home/index', '首页');
    await current().getByText(`下一个活动：${lecture.title}`).waitFor();

    await openScreen(page, host.baseUrl, `/subpackages/events/detail/index?id=${lecture.id}`, '活动详情');
    await current().getByRole('button', { name: '取消报名', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await shot('5-cancel-question');
    await page.getByRole('button', { name: '确定取消报名', exact: true }).click();
    await current()
      .getByText(/已取消报名“/)
      .waitFor();
    await current()
      .getByText(/您已取消报名。还剩/)
      .waitFor();
    await shot('6-cancelled');
    const after = await host.deps.database.db
      .selectFrom('enrolments')
      .innerJoin('people', 'people.id', 'enrolments.person_id')
      .select(['enrolments.status'])
      .where('people.handle', '=', 'member5')
      .where('event_id', '=', lecture.id)
      .execute();
    expect(after.map((r) => r.status)).toEqual(['cancelled']);
  });

  it('a waitlisted member reads their place; the family card is there; both accessible', async () => {
    const taiji = await host.deps.database.db
      .selectFrom('events')
      .select('id')
      .where('title', '=', '太极拳养生班')
      .executeTakeFirstOrThrow();
    const waiting = await host.deps.database.db
      .selectFrom('enrolments')
      .innerJoin('people', 'people.id', 'enrolments.person_id')
      .select('people.handle')
      .where('enrolments.event_id', '=', taiji.id)
      .where('enrolments.status', '=', 'waitlisted')
      .orderBy('waitlist_no')
      .limit(1)
      .executeTakeFirstOrThrow();
    await freshPhone();
    await loginViaForm(page, host.baseUrl, waiting.handle!);
    await openScreen(page, host.baseUrl, `/subpackages/events/detail/index?id=${taiji.id}`, '活动详情');
    await current()
      .getByText(/名额已满，您在候补第 1 位。/)
      .waitFor();
    await current().getByRole('button', { name: '取消报名', exact: true }).waitFor();
    await shot('7-waitlisted');
    await accessible(NORMAL_RULES);
    await openScreen(page, host.baseUrl, '/subpackages/events/mine/index', '我的活动');
    await current().getByRole('button', { name: '显示我的家人码', exact: true }).click();
    await current()
      .getByText(/您的家人码：/)
      .waitFor();
    await shot('8-family-code');
    await accessible(NORMAL_RULES);
    // A linked relative is named, and removed only after a question that names them.
    const db = host.deps.database.db;
    const me = await db
      .selectFrom('people')
      .select('id')
      .where('handle', '=', waiting.handle!)
      .executeTakeFirstOrThrow();
    const relative = await db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('handle', 'like', 'member%')
      .where('id', '<>', me.id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('family_links')
      .values({ member_id: me.id, relative_id: relative.id, created_at: new Date().toISOString() })
      .execute();
    await openScreen(page, host.baseUrl, '/subpackages/events/mine/index', '我的活动');
    await current()
      .getByRole('button', { name: `不再让${relative.name}代报名`, exact: true })
      .click();
    await page
      .getByRole('dialog')
      .getByText(new RegExp(`确定不再让${relative.name}替您报名`))
      .waitFor();
    await shot('8b-remove-relative-question');
    await accessible(NORMAL_RULES);
    await page.getByRole('button', { name: '确定取消关联', exact: true }).click();
    await current().getByText(`已经取消关联。${relative.name}不能再替您报名或取消了。`).waitFor();
    await shot('8c-relative-removed');
    expect(await db.selectFrom('family_links').select('id').where('member_id', '=', me.id).execute()).toEqual([]);
  });

  it('the organiser: the roster with the attendance code shown large, and the create form, accessible in 大字', async () => {
    await freshPhone();
    await loginViaForm(page, host.baseUrl, 'secretary1');
    await setTextSize(page, 'large');
    const taiji = await host.deps.database.db
      .selectFrom('events')
      .select('id')
      .where('title', '=', '太极拳养生班')
      .executeTakeFirstOrThrow();
    await openScreen(page, host.baseUrl, `/subpackages/events/roster/index?id=${taiji.id}`, '报名名单');
    await current()
      .getByText(/报名名单（14 人）/)
      .waitFor();
    await current().getByRole('button', { name: '显示签到二维码', exact: true }).click();
    const qr = current().locator('.events__qr img, img.events__qr, .events__qr');
    await qr.first().waitFor();
    await page.waitForTimeout(300);
    expect((await qr.first().boundingBox())!.width).toBeGreaterThan(280);
    await shot('9-roster-qr');
    await accessible(LARGE_RULES);
    // By hand, for a member without a phone: one tap on their name.
    const seated = await host.deps.database.db
      .selectFrom('enrolments')
      .innerJoin('people', 'people.id', 'enrolments.person_id')
      .select(['people.name', 'people.id'])
      .where('enrolments.event_id', '=', taiji.id)
      .where('enrolments.status', '=', 'confirmed')
      .orderBy('enrolments.id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await current().getByRole('button').filter({ hasText: seated.name }).first().click();
    await current().getByText(`已为${seated.name}登记签到。`).waitFor();
    const marked = await host.deps.database.db
      .selectFrom('enrolments')
      .select(['status', 'attended_how'])
      .where('event_id', '=', taiji.id)
      .where('person_id', '=', seated.id)
      .where('active', '=', 1)
      .executeTakeFirstOrThrow();
    expect(marked).toEqual({ status: 'attended', attended_how: 'hand' });
    // Calling an event off asks first, then says how many were told.
    const training = await host.deps.database.db
      .selectFrom('events')
      .select('id')
      .where('title', 'like', '智能手机使用培训%')
      .executeTakeFirstOrThrow();
    await openScreen(page, host.baseUrl, `/subpackages/events/roster/index?id=${training.id}`, '报名名单');
    await current().getByRole('button', { name: '取消这个活动', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await accessible(LARGE_RULES);
    await page.getByRole('button', { name: '确定取消活动', exact: true }).click();
    await current().getByText('活动已经取消，已通知报名的 0 位同志。').waitFor();
    expect(
      (
        await host.deps.database.db
          .selectFrom('events')
          .select('cancelled_at')
          .where('id', '=', training.id)
          .executeTakeFirstOrThrow()
      ).cancelled_at,
    ).not.toBeNull();
    await openScreen(page, host.baseUrl, '/subpackages/events/manage/index', '发布和管理活动');
    await current().getByText('太极拳养生班').waitFor();
    await shot('10-manage');
    await accessible(LARGE_RULES);
    // Publishing from the form (sent with a request id, as the app does).
    const day = new Date(Date.now() + 8 * 3600_000 + 10 * 864e5).toISOString().slice(0, 10);
    await page.getByLabel('活动名称').fill('重阳节登山活动');
    await page.getByLabel('活动地点').fill('梧桐山公园南门');
    await page.getByLabel('活动日期').fill(day);
    await current().getByRole('button', { name: '发布活动', exact: true }).click();
    await current().getByText('活动“重阳节登山活动”已经发布，现在就可以报名了。').waitFor();
    expect(
      await host.deps.database.db
        .selectFrom('events')
        .select('start_at')
        .where('title', '=', '重阳节登山活动')
        .executeTakeFirstOrThrow(),
    ).toEqual({ start_at: new Date(`${day}T09:00:00+08:00`).toISOString() });
  });
});
