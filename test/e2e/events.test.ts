// 活动报名 end to end on the H5 build: a member opens the demo's city lecture, presses the one big 报名, reads
// 报名成功 and 已报名 in full sentences, finds it in 我的活动 and on 首页, then cancels (asked first) and reads 已取消.
// Issue 20's elder gate: the sign-up journey in 标准, 大字 and 特大, each result sentence inside the 390×844 screen
// where she tapped, the list and 我的活动 up to date on the way back, and joining the queue saying 24 小时.
// Screenshots of each step go to $EVENTS_SHOTS when set, for looking at.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, PHONE } from '../support/browser';
import { startHost, type TestHost } from '../support/start-host';
import { CURRENT_PAGE, loginViaForm, openScreen, setTextSize, TEXT_SIZE_WORDS, waitForScreen } from './helpers/app';
import { ALL_TEXT_SIZES, expectInViewport, presetTextSize } from './helpers/in-viewport';
import { axeViolations } from './helpers/axe';
import { LARGE_RULES, NORMAL_RULES, sizeProblems, type SizeRules } from './helpers/size-checks';

jest.setTimeout(90_000);

/** The sign-up journey in 特大, for the closing note. */
const SHOTS = process.env.EVENTS_SHOTS ?? '/tmp/shots/i20-events';

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
    mkdirSync(SHOTS, { recursive: true });
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

    await openScreen(page, host.baseUrl, `/subpackages/events/detail/index?id=${lecture.id}`, lecture.title);
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
    await openScreen(page, host.baseUrl, `/subpackages/events/detail/index?id=${taiji.id}`, '太极拳养生班');
    await current()
      .getByText(/名额已满，您排在第1位。/)
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
    // By hand, for a member without a phone: not days before the event (a tap marks nothing) ...
    const seatedTaiji = await host.deps.database.db
      .selectFrom('enrolments')
      .innerJoin('people', 'people.id', 'enrolments.person_id')
      .select(['people.name'])
      .where('enrolments.event_id', '=', taiji.id)
      .where('enrolments.status', '=', 'confirmed')
      .orderBy('enrolments.id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await current()
      .getByText(/活动那天（.*）才能登记签到/)
      .waitFor();
    await current().locator('.list-row').filter({ hasText: seatedTaiji.name }).first().click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    // ... and on or after its day: asked first, then marked, with 撤销 right under the sentence.
    const partyDay = await host.deps.database.db
      .selectFrom('events')
      .select('id')
      .where('title', '=', '重温入党誓词主题党日')
      .executeTakeFirstOrThrow();
    await openScreen(page, host.baseUrl, `/subpackages/events/roster/index?id=${partyDay.id}`, '报名名单');
    const seated = await host.deps.database.db
      .selectFrom('enrolments')
      .innerJoin('people', 'people.id', 'enrolments.person_id')
      .select(['people.name', 'people.id'])
      .where('enrolments.event_id', '=', partyDay.id)
      .where('enrolments.status', '=', 'confirmed')
      .orderBy('enrolments.id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await current().getByRole('button').filter({ hasText: seated.name }).first().click();
    await page.getByRole('dialog').getByText(`给${seated.name}登记签到吗？`).waitFor();
    await page.getByRole('button', { name: '确定登记签到', exact: true }).click();
    await expectInViewport(page, current().getByText(`已为${seated.name}登记签到。`));
    const marked = () =>
      host.deps.database.db
        .selectFrom('enrolments')
        .select(['status', 'attended_how'])
        .where('event_id', '=', partyDay.id)
        .where('person_id', '=', seated.id)
        .where('active', '=', 1)
        .executeTakeFirstOrThrow();
    expect(await marked()).toEqual({ status: 'attended', attended_how: 'hand' });
    await current()
      .getByRole('button', { name: `撤销${seated.name}的签到`, exact: true })
      .click();
    await expectInViewport(page, current().getByText(`已撤销${seated.name}的签到。`));
    expect(await marked()).toEqual({ status: 'confirmed', attended_how: null });
    // Calling an event off asks first, then says how many were told.
    const training = await host.deps.database.db
      .selectFrom('events')
      .select('id')
      .where('title', 'like', '智能手机使用培训%')
      .executeTakeFirstOrThrow();
    await openScreen(page, host.baseUrl, `/subpackages/events/roster/index?id=${training.id}`, '报名名单');
    await current().getByRole('button', { name: '取消这个活动', exact: true }).click();
    await current().getByRole('button', { name: '确定取消活动', exact: true }).click();
    await current().getByText('请写上取消的原因，会告诉报名的同志。').first().waitFor();
    await accessible(LARGE_RULES);
    await page.getByLabel('取消的原因').fill('老师临时有事，改期另行通知');
    await current().getByRole('button', { name: '确定取消活动', exact: true }).click();
    await expectInViewport(
      page,
      current().getByText('活动已经取消，已把原因告诉报名的 0 位同志。名单还在下面，可以打电话再说一声。'),
    );
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
    // Every mistake at once, beside its box, before anything is sent.
    await current().getByRole('button', { name: '发布活动', exact: true }).click();
    await current().getByText('有3处要改一下，已经在各自的格子下面说明了。').waitFor();
    await current().getByText('请选择活动日期。').waitFor();
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

  // Issue 20: the sign-up journey in each text size. Three members of the demo branch who are in neither the lecture
  // nor the full 太极拳养生班 (one per size), each on a fresh phone that already chose the size.
  for (const [n, size] of ALL_TEXT_SIZES.entries()) {
    it(`in ${TEXT_SIZE_WORDS[size]}: every result in view where she tapped; the list and 我的活动 follow on the way back; the queue says 24 小时`, async () => {
      const db = host.deps.database.db;
      const lecture = await db
        .selectFrom('events')
        .select(['id', 'title', 'capacity'])
        .where('title', 'like', '%宣讲报告会%')
        .executeTakeFirstOrThrow();
      const taiji = await db
        .selectFrom('events')
        .select(['id', 'title', 'audience_org_unit_id'])
        .where('title', '=', '太极拳养生班')
        .executeTakeFirstOrThrow();
      const free = await db
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', taiji.audience_org_unit_id)
        .where('handle', 'like', 'member%')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('enrolments')
                .select('enrolments.id')
                .whereRef('enrolments.person_id', '=', 'people.id')
                .where('enrolments.event_id', 'in', [lecture.id, taiji.id]),
            ),
          ),
        )
        .orderBy('id', 'desc')
        .limit(3)
        .execute();
      expect(free.length).toBe(3);
      const handle = free[n].handle!;
      const seatsLeft = async () =>
        lecture.capacity -
        (await db.selectFrom('events').select('confirmed').where('id', '=', lecture.id).executeTakeFirstOrThrow())
          .confirmed;
      const xl = size === 'xlarge';
      const snap = async (name: string) => {
        if (xl) await page.screenshot({ path: `${SHOTS}/${name}.png` });
      };

      await context?.close();
      context = await browser.newContext(PHONE);
      page = await context.newPage();
      await presetTextSize(page, size);
      await loginViaForm(page, host.baseUrl, handle);

      // 活动 tab: the first event is on the first screen, before any filter in 大字/特大.
      await openScreen(page, host.baseUrl, '/pages/events/index', '活动');
      const card = () => current().locator('.list-row').filter({ hasText: lecture.title });
      await card().waitFor();
      await expectInViewport(page, current().locator('.list-row').first());
      const before = await seatsLeft();
      await expect(card().textContent()).resolves.toContain(`还剩 ${before} 个名额`);
      await snap('1-events-tab');

      // Its page: named after it, the main action on the first screen; the answer in view where she tapped.
      await card().click();
      await waitForScreen(page, lecture.title);
      const signUp = current().getByRole('button', { name: '报名', exact: true });
      await expectInViewport(page, signUp);
      await snap('2-detail');
      await signUp.click();
      await expectInViewport(page, current().locator('.events__done', { hasText: '报名成功！' }));
      await snap('3-signed-up');

      // Back to the list: it says 已报名 and one seat fewer, without a reload by hand.
      await current().getByRole('button', { name: '返回', exact: true }).click();
      await waitForScreen(page, '活动');
      await card()
        .filter({ hasText: new RegExp(`还剩 ${before - 1} 个名额[\\s\\S]*已报名`) })
        .waitFor({ timeout: 10_000 });
      await snap('4-back-to-list');

      // 我的活动 lists it; cancelling there (asked first) is said in view, and 我的活动 drops it on the way back.
      await current().getByRole('button', { name: '我的活动', exact: true }).click();
      await waitForScreen(page, '我的活动');
      // The newest page is the last one shown (Taro H5 keeps the tab page shown beneath a sub page).
      const mine = () => page.locator(CURRENT_PAGE).last().locator('.list-row').filter({ hasText: lecture.title });
      await expect(mine().textContent()).resolves.toContain('已报名');
      await snap('5-my-events');
      await mine().click();
      await waitForScreen(page, lecture.title);
      await current().getByRole('button', { name: '取消报名', exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await snap('6-cancel-question');
      await page.getByRole('button', { name: '确定取消报名', exact: true }).click();
      await expectInViewport(page, current().locator('.events__done', { hasText: '已取消报名' }));
      await snap('7-cancelled');
      await current().getByRole('button', { name: '返回', exact: true }).click();
      await waitForScreen(page, '我的活动');
      await mine().first().waitFor({ state: 'detached', timeout: 10_000 });
      await snap('8-my-events-after-cancel');

      // The full 太极拳养生班: 排队等空位 says at once that her turn must be confirmed within 24 小时.
      await openScreen(page, host.baseUrl, `/subpackages/events/detail/index?id=${taiji.id}`, taiji.title);
      const queue = current().getByRole('button', { name: '排队等空位', exact: true });
      await expectInViewport(page, queue);
      await queue.click();
      const queued = current().locator('.events__done', { hasText: '排队等空位' });
      await expectInViewport(page, queued);
      await expect(queued.textContent()).resolves.toContain('轮到您时，我们会通知您，请在24小时内按“确认参加”');
      await snap('9-queued');
      expect(
        (
          await db
            .selectFrom('enrolments')
            .innerJoin('people', 'people.id', 'enrolments.person_id')
            .select('enrolments.status')
            .where('people.handle', '=', handle)
            .where('enrolments.event_id', '=', taiji.id)
            .where('enrolments.active', '=', 1)
            .executeTakeFirstOrThrow()
        ).status,
      ).toBe('waitlisted');
    });
  }
});
