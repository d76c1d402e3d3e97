// End to end in a real browser on the H5 build: log in as member1 through the form, visit every tab,
// switch 大字 mode in 我的, reload, and the mode is still on (the text really is larger).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { User } from '../../contracts/account';
import { login, post } from '../support/api';
import { describeInBrowser, launchBrowser, PHONE } from '../support/browser';
import { startHost, type TestHost } from '../support/start-host';
import { bodyFontSize, CURRENT_PAGE, loginViaForm, openScreen, setLargeText, TABS, waitForScreen } from './helpers/app';

describeInBrowser('member1 uses the H5 app', () => {
  let host: TestHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** member1 as the server knows them, to compare with what the screens say. */
  let member1: User;

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHost({ engine: 'sqlite' });
    const me = await post<{ user: User }>(host.baseUrl, 'account', { action: 'me' }, await login(host.baseUrl, 'member1'));
    if (!me.body.ok) throw new Error(JSON.stringify(me.body));
    member1 = me.body.data.user;
    context = await browser.newContext(PHONE);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.stop();
  });

  test('logs in through the login form and sees who they are', async () => {
    await loginViaForm(page, host.baseUrl, 'member1');
    const rows = page.locator(`${CURRENT_PAGE} .profile-summary__row`);
    await rows.first().waitFor();
    await expect(rows.allTextContents()).resolves.toEqual([`姓名：${member1.name}`, `所在支部：${member1.orgUnitName}`, '身份：党员']);
  });

  test('visits every tab through the tab bar', async () => {
    for (const tab of TABS) {
      await page.locator('.weui-tabbar__item', { hasText: tab.label }).click();
      await page.waitForURL(`**${tab.path}`);
      await waitForScreen(page, tab.label === '志愿' ? '志愿服务' : tab.label);
      const selected = page.locator('.weui-tabbar__item.weui-bar__item_on');
      await expect(selected.textContent()).resolves.toContain(tab.label);
    }
  });

  test('首页 greets the member by name once logged in', async () => {
    await page.locator('.weui-tabbar__item', { hasText: '首页' }).click();
    await waitForScreen(page, '首页');
    await page.locator(CURRENT_PAGE).getByText(`您好，${member1.name}`, { exact: true }).waitFor();
    await page.locator(CURRENT_PAGE).getByText(`您在${member1.orgUnitName}。今天也欢迎您来看看。`, { exact: true }).waitFor();
  });

  test('大字 mode switched on in 我的 survives a reload', async () => {
    await openScreen(page, host.baseUrl, '/pages/mine/index', '我的');
    const before = await bodyFontSize(page);
    await setLargeText(page, true);
    const after = await bodyFontSize(page);
    expect(before).toBeGreaterThanOrEqual(18);
    expect(after).toBeGreaterThanOrEqual(24);

    await page.reload();
    await waitForScreen(page, '我的');
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(24);
    await expect(page.locator(`${CURRENT_PAGE} [role="switch"]`).getAttribute('aria-checked')).resolves.toBe('true');
    // Other screens follow too.
    await openScreen(page, host.baseUrl, '/pages/books/index', '听书');
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(24);
  });

  test('the choice was saved to the account: a fresh phone logging in starts in 大字 mode', async () => {
    const other = await browser.newContext(PHONE);
    try {
      const fresh = await other.newPage();
      await loginViaForm(fresh, host.baseUrl, 'member1');
      expect(await bodyFontSize(fresh)).toBeGreaterThanOrEqual(24);
    } finally {
      await other.close();
    }
  });

  test('switching 大字 off again goes back to normal size after a reload', async () => {
    await openScreen(page, host.baseUrl, '/pages/mine/index', '我的');
    await setLargeText(page, false);
    await page.reload();
    await waitForScreen(page, '我的');
    const size = await bodyFontSize(page);
    expect(size).toBeGreaterThanOrEqual(18);
    expect(size).toBeLessThan(24);
  });
});
