// Never lost (issue 8, point 1), in Chromium on the H5 build: every page that is not a tab has a 返回 in words at the
// top. Reached from inside the app, 返回 goes back where the person came from; opened directly — from a QR code or a
// link — it says 返回首页 and goes there, and so does the phone's back key: never out of the app to a blank page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, PHONE } from '../support/browser';
import { startHost, type TestHost } from '../support/start-host';
import { CURRENT_PAGE, loginViaForm, openScreen, waitForScreen } from './helpers/app';

jest.setTimeout(60_000);

const screen = (page: Page) => page.locator(CURRENT_PAGE);
const backButton = (page: Page) => screen(page).getByRole('navigation', { name: '返回' }).getByRole('button');

/** The page a phone shows before the app (another app, a chat): the back key must never land here. */
const OUTSIDE = 'about:blank';

async function expectOnHome(page: Page): Promise<void> {
  await page.waitForURL('**/pages/home/index');
  await waitForScreen(page, '首页');
}

// Every page that is not a tab, opened by its address as a link or a bookmark would.
const SUB_PAGES = [
  { label: '登录', path: '/subpackages/account/login/index', title: '登录' },
  { label: '支部通知', path: '/subpackages/notices/list/index', title: '支部通知' },
  { label: '学习记录', path: '/subpackages/study/mine/index', title: '学习记录' },
  { label: '支部学习情况', path: '/subpackages/study/branch/index', title: '支部学习情况' },
  { label: '有声书管理', path: '/subpackages/library-admin/books/index', title: '有声书管理' },
  { label: '打印听书海报', path: '/subpackages/library-admin/poster/index', title: '打印听书海报' },
  { label: '扫一扫', path: '/subpackages/scanner/index', title: '扫一扫' },
  { label: 'the player', path: '/subpackages/player/index?bookId=1', title: '党史小故事' },
];

describeInBrowser('a way back from every page (H5)', () => {
  let host: TestHost;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHost({ engine: 'sqlite' });
    context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await loginViaForm(page, host.baseUrl, 'admin');
    await page.close();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.stop();
  });

  async function fresh(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(OUTSIDE);
    return page;
  }

  test.each(SUB_PAGES)(
    '$label opened directly: 返回首页 goes to 首页, and so does the back key',
    async ({ path, title }) => {
      const page = await fresh();
      try {
        await openScreen(page, host.baseUrl, path, title);
        await expect(backButton(page).textContent()).resolves.toBe('返回首页');
        await page.goBack();
        await expectOnHome(page);

        await openScreen(page, host.baseUrl, path, title);
        await backButton(page).click();
        await expectOnHome(page);
      } finally {
        await page.close();
      }
    },
  );

  test('reached from 我的, each page goes back to 我的 with 返回', async () => {
    const page = await fresh();
    try {
      await openScreen(page, host.baseUrl, '/pages/mine/index', '我的');
      for (const row of ['学习记录', '支部学习情况', '有声书管理', '打印听书海报']) {
        await screen(page)
          .getByRole('link', { name: new RegExp(`^${row}`) })
          .click();
        await waitForScreen(page, row);
        await expect(backButton(page).textContent()).resolves.toBe('返回');
        await backButton(page).click();
        await page.waitForURL('**/pages/mine/index');
        await waitForScreen(page, '我的');
      }
    } finally {
      await page.close();
    }
  });

  test('reached from 首页, 支部通知 and 扫一扫 go back to 首页 (返回 and the back key alike)', async () => {
    const page = await fresh();
    try {
      await openScreen(page, host.baseUrl, '/pages/home/index', '首页');
      await screen(page)
        .getByRole('link', { name: /^支部通知/ })
        .click();
      await waitForScreen(page, '支部通知');
      await backButton(page).click();
      await expectOnHome(page);

      await screen(page).getByRole('button', { name: '扫一扫' }).click();
      await waitForScreen(page, '扫一扫');
      await expect(backButton(page).textContent()).resolves.toBe('返回');
      await page.goBack();
      await expectOnHome(page);
    } finally {
      await page.close();
    }
  });

  test('reached from 听书, the player goes back to 听书', async () => {
    const page = await fresh();
    try {
      await openScreen(page, host.baseUrl, '/pages/books/index', '听书');
      await screen(page).getByText('全部的书').waitFor();
      await screen(page)
        .getByRole('link', { name: /党史小故事/ })
        .first()
        .click();
      await page.waitForURL('**/subpackages/player/index**');
      await screen(page).getByText('文字稿').waitFor();
      await expect(backButton(page).textContent()).resolves.toBe('返回');
      await backButton(page).click();
      await page.waitForURL('**/pages/books/index');
      await waitForScreen(page, '听书');
    } finally {
      await page.close();
    }
  });

  test('after a QR scan: the back key on the player goes to 首页, not to a blank page', async () => {
    const page = await fresh();
    try {
      await page.goto(`${host.baseUrl}/s?scene=b.1`);
      await expect(backButton(page).textContent()).resolves.toBe('返回首页');
      await screen(page)
        .getByRole('button', { name: /开始收听/ })
        .click();
      await page.waitForURL('**/subpackages/player/index**');
      await screen(page).getByText('文字稿').waitFor();
      await expect(backButton(page).textContent()).resolves.toBe('返回首页');
      await page.goBack();
      await expectOnHome(page);
      expect(page.url()).not.toBe(OUTSIDE);

      // And the scan page itself, before anything is pressed.
      await page.goto(`${host.baseUrl}/s?scene=b.1`);
      await screen(page)
        .getByRole('button', { name: /开始收听/ })
        .waitFor();
      await page.goBack();
      await expectOnHome(page);
    } finally {
      await page.close();
    }
  });
});
