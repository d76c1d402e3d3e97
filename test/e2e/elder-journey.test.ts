// End to end in a real browser on the H5 build: a first open of 首页 asks about the text size in the page and 特大
// really makes the words 30 px and more; then member1 logs in through the form, visits every tab, switches 大字 in
// 我的, reloads, and the size is still on (the text really is larger).
import type { Page } from 'playwright-core';
import type { User } from '../../contracts/account';
import { login, post } from '../support/api';
import { hostAndBrowser } from './helpers/host-and-browser';
import { describeInBrowser, PHONE } from '../support/browser';
import {
  bodyFontSize,
  CURRENT_PAGE,
  loginViaForm,
  openScreen,
  setLargeText,
  setTextSize,
  TABS,
  waitForScreen,
} from './helpers/app';

describeInBrowser('member1 uses the H5 app', () => {
  const app = hostAndBrowser();
  let page: Page;
  /** member1 as the server knows them, to compare with what the screens say. */
  let member1: User;

  beforeAll(async () => {
    const me = await post<{ user: User }>(
      app.host.baseUrl,
      'account',
      { action: 'me' },
      await login(app.host.baseUrl, 'member1'),
    );
    if (!me.body.ok) throw new Error(JSON.stringify(me.body));
    member1 = me.body.data.user;
    page = await app.phone();
  });

  test('a first open of 首页 asks, in the page, whether the words are big enough; 特大 makes them 30 px and more', async () => {
    const first = await app.browser.newContext(PHONE);
    try {
      const home = await first.newPage();
      await openScreen(home, app.host.baseUrl, '/pages/home/index', '首页');
      const question = home.locator(CURRENT_PAGE).getByRole('region', { name: '这些字，您看得清吗？' });
      await question.waitFor();
      // A calm question in the page, not a pop-up: the rest of 首页 is there to use.
      expect(await home.getByRole('dialog').count()).toBe(0);
      await home.locator(CURRENT_PAGE).getByRole('button', { name: '扫一扫' }).waitFor();

      await question.getByRole('radio', { name: '特大' }).click();
      expect(await bodyFontSize(home)).toBeGreaterThanOrEqual(30);
      // The tab bar keeps every label whole (one line each) at 特大.
      for (const label of await home.locator('.weui-tabbar__label').all()) {
        const { height, size } = await label.evaluate((el) => ({
          height: el.getBoundingClientRect().height,
          size: parseFloat(getComputedStyle(el).fontSize),
        }));
        expect(size).toBeGreaterThanOrEqual(30);
        expect(height).toBeLessThan(size * 2);
      }
      await question.getByRole('button', { name: '看得清，就用特大' }).click();
      await question.waitFor({ state: 'detached' });

      // Asked once: after a reload 首页 keeps only its 字的大小 switch, still at 特大.
      await home.reload();
      await waitForScreen(home, '首页');
      expect(await home.locator(CURRENT_PAGE).getByRole('region', { name: '这些字，您看得清吗？' }).count()).toBe(0);
      await expect(
        home.locator(CURRENT_PAGE).getByRole('radio', { name: '✓ 特大' }).getAttribute('aria-checked'),
      ).resolves.toBe('true');
      expect(await bodyFontSize(home)).toBeGreaterThanOrEqual(30);
      await setTextSize(home, 'normal');
      expect(await bodyFontSize(home)).toBeLessThan(24);
    } finally {
      await first.close();
    }
  });

  test('logs in through the login form and sees who they are', async () => {
    await loginViaForm(page, app.host.baseUrl, 'member1');
    const rows = page.locator(`${CURRENT_PAGE} .profile-summary__row`);
    await rows.first().waitFor();
    await expect(rows.allTextContents()).resolves.toEqual([
      `姓名：${member1.name}`,
      `所在支部：${member1.orgUnitName}`,
      '身份：党员',
    ]);
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
    await page
      .locator(CURRENT_PAGE)
      .getByText(`您在${member1.orgUnitName}。今天也欢迎您来看看。`, { exact: true })
      .waitFor();
  });

  test('大字 mode switched on in 我的 survives a reload', async () => {
    await openScreen(page, app.host.baseUrl, '/pages/mine/index', '我的');
    const before = await bodyFontSize(page);
    await setLargeText(page, true);
    const after = await bodyFontSize(page);
    expect(before).toBeGreaterThanOrEqual(18);
    expect(after).toBeGreaterThanOrEqual(24);

    await page.reload();
    await waitForScreen(page, '我的');
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(24);
    await expect(
      page.locator(CURRENT_PAGE).getByRole('radio', { name: '✓ 大字' }).getAttribute('aria-checked'),
    ).resolves.toBe('true');
    // Other screens follow too.
    await openScreen(page, app.host.baseUrl, '/pages/books/index', '听书');
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(24);
  });

  test('the choice was saved to the account: a fresh phone logging in starts in 大字 mode', async () => {
    const other = await app.browser.newContext(PHONE);
    try {
      const fresh = await other.newPage();
      await loginViaForm(fresh, app.host.baseUrl, 'member1');
      expect(await bodyFontSize(fresh)).toBeGreaterThanOrEqual(24);
    } finally {
      await other.close();
    }
  });

  test('switching 大字 off again goes back to normal size after a reload', async () => {
    await openScreen(page, app.host.baseUrl, '/pages/mine/index', '我的');
    await setLargeText(page, false);
    await page.reload();
    await waitForScreen(page, '我的');
    const size = await bodyFontSize(page);
    expect(size).toBeGreaterThanOrEqual(18);
    expect(size).toBeLessThan(24);
  });
});
