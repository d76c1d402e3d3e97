// 我的消息 end to end on the H5 build: messages written by the backend's notify helper (as a domain will write
// them, in a transaction) show as a count in words on 首页 and 我的; 我的消息 lists them newest first, a tap opens
// the page a message is about and marks it read, and the count drops when the tab shows again; older messages come
// with 看更早的消息; 全部标为已读 clears the rest; nobody else sees them. Each test has its own member and messages,
// so each passes alone and in any order.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import type { InboxApi } from '../../contracts/inbox';
import { notifyEach, type Notification } from '../../backend/data/messages';
import { login, post } from '../support/api';
import { describeInBrowser, launchBrowser, PHONE } from '../support/browser';
import { startHost, type TestHost } from '../support/start-host';
import { CURRENT_PAGE, loginViaForm, openScreen, waitForScreen } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { LARGE_RULES, NORMAL_RULES, sizeProblems } from './helpers/size-checks';

const INBOX = '/subpackages/messages/index';
const HOUR = 3_600_000;

jest.setTimeout(60_000);

describeInBrowser('我的消息 (H5)', () => {
  let host: TestHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let book: AudiobooksApi['list']['output']['books'][number];

  const personId = async (handle: string) =>
    (
      await host.deps.database.db
        .selectFrom('people')
        .select('id')
        .where('handle', '=', handle)
        .executeTakeFirstOrThrow()
    ).id;

  /**
   * Writes the messages, oldest first, `hoursAgo` before now (or `at` an exact instant), each in its own transaction as
   * a domain change would.
   */
  async function notify(
    handle: string,
    messages: ({ hoursAgo: number; n: Notification } | { at: Date; n: Notification })[],
  ): Promise<void> {
    const id = await personId(handle);
    for (const m of messages) {
      const at = 'at' in m ? m.at : new Date(Date.now() - m.hoursAgo * HOUR);
      await host.deps.database.db.transaction().execute((trx) => notifyEach(trx, [id], m.n, at));
    }
  }

  /** Noon of yesterday in China (UTC+8), the days the app speaks in, whatever the hour and zone the suite runs in. */
  function yesterdayNoonInChina(): Date {
    const chinaNow = new Date(Date.now() + 8 * HOUR);
    return new Date(
      Date.UTC(chinaNow.getUTCFullYear(), chinaNow.getUTCMonth(), chinaNow.getUTCDate() - 1, 12) - 8 * HOUR,
    );
  }

  async function unreadOnServer(handle: string): Promise<number> {
    const reply = await post<InboxApi['unreadCount']['output']>(
      host.baseUrl,
      'account',
      { action: 'unreadCount', data: {} },
      await login(host.baseUrl, handle),
    );
    if (!reply.body.ok) throw new Error(reply.body.error.message);
    return reply.body.data.unread;
  }

  const current = () => page.locator(CURRENT_PAGE);
  const inboxRow = () => current().getByRole('link').filter({ hasText: '我的消息' });
  const messages = () => current().locator('.message');

  async function goToTab(label: string, title = label): Promise<void> {
    await page.locator('.weui-tabbar__item', { hasText: label }).click();
    await waitForScreen(page, title);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHost({ engine: 'sqlite', jobIntervalMs: 0 });
    const list = await post<AudiobooksApi['list']['output']>(host.baseUrl, 'audiobooks', { action: 'list' });
    if (!list.body.ok) throw new Error(list.body.error.message);
    book = list.body.data.books[0];
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    // A step that fails says which, well inside the test's own time limit.
    page.setDefaultTimeout(10_000);
  });

  afterEach(async () => {
    await context?.close();
  });

  // member31 has read every demo notice addressed to him, so the count is of these messages alone (a member with
  // notices waiting finds them above the messages too: test/e2e/notices.test.ts).
  test('member31 sees the count on 我的 and 首页, opens a message’s page, and the count drops', async () => {
    await notify('member31', [
      { hoursAgo: 50, n: { kind: 'notice_posted', text: '支部发了新通知：十二月的主题党日改到周四。', link: null } },
      {
        at: yesterdayNoonInChina(),
        n: {
          kind: 'event_reminder',
          text: `请接着收听《${book.title}》，下周支部一起讨论。`,
          link: { page: '/subpackages/player/index', params: { bookId: String(book.id) } },
        },
      },
      // Written now, so "today" holds at any hour (an hour ago was yesterday for a run just after midnight in China).
      {
        hoursAgo: 0,
        n: {
          kind: 'event_reminder',
          text: '您这个月的学习记录更新了，请去看看。',
          link: { page: '/subpackages/study/mine/index', params: {} },
        },
      },
    ]);

    await loginViaForm(page, host.baseUrl, 'member31');
    await inboxRow().filter({ hasText: '3 条新消息' }).waitFor();
    await goToTab('首页');
    await inboxRow().filter({ hasText: '3 条新消息' }).waitFor();

    await inboxRow().click();
    await page.waitForURL(`**${INBOX}`);
    await waitForScreen(page, '我的消息');
    await current().getByText('您有 3 条消息还没有看。', { exact: true }).waitFor();
    // Newest first, each unread one says so in words.
    await expect(messages().locator('.message__text').allTextContents()).resolves.toEqual([
      '您这个月的学习记录更新了，请去看看。',
      `请接着收听《${book.title}》，下周支部一起讨论。`,
      '支部发了新通知：十二月的主题党日改到周四。',
    ]);
    await expect(messages().locator('.message__unread').allTextContents()).resolves.toEqual(['未读', '未读', '未读']);
    await expect(messages().nth(0).locator('.message__time').textContent()).resolves.toMatch(
      /^今天 (凌晨|上午|中午|下午|晚上)\d+点(\d\d分)?$/,
    );
    await expect(messages().nth(1).locator('.message__time').textContent()).resolves.toBe('昨天 中午12点');

    // The player message carries its book id to the player; the server is told it was read.
    const marked = page.waitForResponse(
      (r) => r.url().endsWith('/api/account') && (r.request().postData() ?? '').includes('"markRead"'),
    );
    await messages().nth(1).click();
    await page.waitForURL(`**/subpackages/player/index?bookId=${book.id}`);
    // The player is another feature's: that its page opened with the query is what counts here.
    await current().locator('[role="heading"][aria-level="1"]').first().waitFor({ state: 'attached' });
    await expect((await marked).json()).resolves.toEqual({ ok: true, data: { marked: 1, unread: 2 } });
    // Back only once the player has settled as the page on show, as a reader would see it before pressing 返回:
    // Taro's H5 router can leave the old page shown when history goes back while the new page is still arriving.
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('.taro_page')].filter(
        (p) => !p.classList.contains('taro_page_shade'),
      );
      return (
        shown.length === 1 &&
        shown[0].classList.contains('taro_page_stationed') &&
        !shown[0].querySelector('.inbox-summary')
      );
    });

    await page.goBack();
    await waitForScreen(page, '我的消息');
    await current().getByText('您有 2 条消息还没有看。', { exact: true }).waitFor();
    await expect(messages().nth(1).locator('.message__unread').count()).resolves.toBe(0);

    // Back on 首页 (a tab page that stayed open), the count is asked again.
    await page.goBack();
    await waitForScreen(page, '首页');
    await inboxRow().filter({ hasText: '2 条新消息' }).waitFor();
    await goToTab('我的');
    await inboxRow().filter({ hasText: '2 条新消息' }).waitFor();
    expect(await unreadOnServer('member31')).toBe(2);
  });

  test('older messages come a page at a time; a message without a link is marked read in place; 全部标为已读 clears the rest', async () => {
    await notify('member4', [
      { hoursAgo: 30, n: { kind: 'notice_posted', text: '支部发了新通知：请带好党员证参加学习。', link: null } },
      ...Array.from({ length: 22 }, (_, i) => ({
        hoursAgo: 22 - i,
        n: {
          kind: 'event_reminder' as const,
          text: `您报名的第${i + 1}场讲座明天上午九点开始。`,
          link: { page: '/subpackages/study/mine/index', params: {} },
        },
      })),
    ]);
    await loginViaForm(page, host.baseUrl, 'member4');
    await openScreen(page, host.baseUrl, INBOX, '我的消息');
    await current().getByText('您有 23 条消息还没有看。', { exact: true }).waitFor();
    await expect(messages().count()).resolves.toBe(20);
    await expect(messages().first().locator('.message__text').textContent()).resolves.toBe(
      '您报名的第22场讲座明天上午九点开始。',
    );

    await current().getByRole('button', { name: '看更早的消息', exact: true }).click();
    await current().getByText('以上就是您的全部消息。', { exact: true }).waitFor();
    await expect(messages().count()).resolves.toBe(23);
    await expect(current().getByRole('button', { name: '看更早的消息', exact: true }).count()).resolves.toBe(0);

    const notice = current().getByRole('button').filter({ hasText: '支部发了新通知：请带好党员证参加学习。' });
    await expect(notice.textContent()).resolves.toContain('点这里标为已读');
    await notice.click();
    await current().getByText('您有 22 条消息还没有看。', { exact: true }).waitFor();
    // Read, it has nothing left to do: no longer a button, no 未读.
    await expect(notice.count()).resolves.toBe(0);
    await expect(messages().last().locator('.message__unread').count()).resolves.toBe(0);

    await current().getByRole('button', { name: '全部标为已读', exact: true }).click();
    await current().getByText('已把 22 条消息都标为已读。', { exact: true }).waitFor();
    await expect(messages().locator('.message__unread').count()).resolves.toBe(0);
    await expect(current().getByRole('button', { name: '全部标为已读', exact: true }).count()).resolves.toBe(0);
    expect(await unreadOnServer('member4')).toBe(0);

    await openScreen(page, host.baseUrl, '/pages/home/index', '首页');
    await inboxRow().filter({ hasText: '没有新消息' }).waitFor();
  });

  test('another member sees none of them', async () => {
    await notify('member6', [
      { hoursAgo: 2, n: { kind: 'notice_posted', text: '支部发了新通知：本周五下午开支部大会。', link: null } },
    ]);
    // member33 has read every demo notice addressed to her: nothing at all waits for her.
    await loginViaForm(page, host.baseUrl, 'member33');
    await inboxRow().filter({ hasText: '没有新消息' }).waitFor();
    await inboxRow().click();
    await waitForScreen(page, '我的消息');
    await current().getByText('现在没有新消息', { exact: true }).waitFor();
    await current()
      .getByText('支部发了新通知、您报名的活动有了变化，都会在这里告诉您。看过的通知在“通知公告”里。', { exact: true })
      .waitFor();
    await expect(current().getByText('本周五下午开支部大会').count()).resolves.toBe(0);
    await expect(messages().count()).resolves.toBe(0);
  });

  test('signed out, 我的消息 says why to sign in, and 首页 shows no count', async () => {
    await openScreen(page, host.baseUrl, INBOX, '我的消息');
    await current()
      .getByText('登录后，这里会告诉您报名的活动有什么变化、支部发了什么新通知。', { exact: true })
      .waitFor();
    await current().getByRole('button', { name: '去登录', exact: true }).waitFor();
    await openScreen(page, host.baseUrl, '/pages/home/index', '首页');
    await expect(inboxRow().count()).resolves.toBe(0);
  });

  test.each([false, true])(
    'with messages read and unread, 我的消息 and the badges pass the accessibility checks (大字 %s)',
    async (large) => {
      const handle = large ? 'member8' : 'member7';
      await notify(handle, [
        { hoursAgo: 400, n: { kind: 'notice_posted', text: '支部发了新通知：请带好党员证参加学习。', link: null } },
        {
          hoursAgo: 3,
          n: {
            kind: 'event_promoted',
            text: '您已从候补转为正式报名：党史讲座，十二月五日上午九点。',
            link: { page: '/subpackages/study/mine/index', params: {} },
          },
        },
      ]);
      // The old notice was read long ago: one read and one unread message on the screen.
      await host.deps.database.db
        .updateTable('messages')
        .set({ read_at: new Date().toISOString() })
        .where('person_id', '=', await personId(handle))
        .where('link_page', 'is', null)
        .execute();
      // 大字 saved to the account applies on sign-in, whatever the text-size control looks like.
      await post(
        host.baseUrl,
        'account',
        { action: 'updatePreferences', data: { largeText: large } },
        await login(host.baseUrl, handle),
      );
      await loginViaForm(page, host.baseUrl, handle);
      await page.waitForFunction((want) => document.documentElement.classList.contains('is-large') === want, large);
      const rules = large ? LARGE_RULES : NORMAL_RULES;
      for (const [path, title] of [
        [INBOX, '我的消息'],
        ['/pages/home/index', '首页'],
        ['/pages/mine/index', '我的'],
      ]) {
        await openScreen(page, host.baseUrl, path, title);
        await current().locator('.state-view--loading').waitFor({ state: 'detached' });
        if (path === INBOX) await messages().nth(1).waitFor();
        else await inboxRow().filter({ hasText: '1 条新消息' }).waitFor();
        const problems = [...(await axeViolations(page)), ...(await sizeProblems(page, rules))];
        expect(problems).toEqual([]);
      }
    },
  );
});
