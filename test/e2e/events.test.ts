// 活动报名 end to end on the H5 build: a member opens the demo's city lecture, presses the one big 报名, reads
// 报名成功 and 已报名 in full sentences, finds it in 我的活动 and on 首页, then cancels (asked first) and reads 已取消.
// Screenshots of each step go to $EVENTS_SHOTS when set, for looking at.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, PHONE } from '../support/browser';
import { startHost, type TestHost } from '../support/start-host';
import { CURRENT_PAGE, loginViaForm, openScreen } from './helpers/app';

jest.setTimeout(90_000);

describeInBrowser('活动报名 (H5)', () => {
  let host: TestHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const current = () => page.locator(CURRENT_PAGE);
  const shot = async (name: string) => {
    if (process.env.EVENTS_SHOTS) await page.screenshot({ path: `${process.env.EVENTS_SHOTS}/${name}.png`, fullPage: true });
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
    const lecture = await host.deps.database.db.selectFrom('events').select(['id', 'title']).where('title', 'like', '%宣讲报告会%').executeTakeFirstOrThrow();

    await openScreen(page, host.baseUrl, '/pages/events/index', '活动');
    await current().getByText(lecture.title).waitFor();
    await shot('1-events-tab');
    await current().getByText(lecture.title).click();
    await current().getByText('可以报名', { exact: true }).waitFor();
    await shot('2-detail-open');

    await current().getByRole('button', { name: '报名', exact: true }).click();
    await current().getByText(/报名成功！您已报上/).waitFor();
    await current().getByText('已报名', { exact: true }).waitFor();
    await current().getByText(/您已报名，名额已经留好了。/).waitFor();
    await shot('3-signed-up');
    const row = await host.deps.database.db.selectFrom('enrolments').innerJoin('people', 'people.id', 'enrolments.person_id').select(['enrolments.status']).where('people.handle', '=', 'member5').where('event_id', '=', lecture.id).where('active', '=', 1).executeTakeFirstOrThrow();
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
    await current().getByText(/已取消报名“/).waitFor();
    await current().getByText(/您已取消报名。还剩/).waitFor();
    await shot('6-cancelled');
    const after = await host.deps.database.db.selectFrom('enrolments').innerJoin('people', 'people.id', 'enrolments.person_id').select(['enrolments.status']).where('people.handle', '=', 'member5').where('event_id', '=', lecture.id).execute();
    expect(after.map((r) => r.status)).toEqual(['cancelled']);
  });
});
