// Accessibility gate: every H5 screen, logged out and in, normal and 大字 mode, must pass axe-core with zero
// violations and our own size checks (text size, line height, tap targets).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, PHONE } from '../support/browser';
import { startHost, type TestHost } from '../support/start-host';
import { CURRENT_PAGE, loginViaForm, openScreen, setLargeText, SUBPAGES, TABS } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { LARGE_RULES, NORMAL_RULES, sizeProblems } from './helpers/size-checks';

const SCREENS = [...TABS, ...SUBPAGES];
const MODES = [
  { signedIn: false, large: false },
  { signedIn: false, large: true },
  { signedIn: true, large: false },
  { signedIn: true, large: true },
];

async function expectAccessible(page: Page, large: boolean): Promise<void> {
  const problems = [...(await axeViolations(page)), ...(await sizeProblems(page, large ? LARGE_RULES : NORMAL_RULES))];
  if (problems.length > 0) throw new Error(`${problems.length} accessibility problem(s) on ${page.url()}:\n  ${problems.join('\n  ')}`);
}

describeInBrowser('accessibility gate (H5)', () => {
  let host: TestHost;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHost({ engine: 'sqlite' });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  describe.each(MODES)('signedIn=$signedIn, large=$large', ({ signedIn, large }) => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext(PHONE);
      page = await context.newPage();
      // member2 here: the end-to-end suite changes member1's saved preferences.
      if (signedIn) await loginViaForm(page, host.baseUrl, 'member2');
      else await openScreen(page, host.baseUrl, '/pages/mine/index', '我的');
      await setLargeText(page, large);
    });

    afterAll(async () => {
      await context?.close();
    });

    test.each(SCREENS)('$label ($path)', async ({ path, label }) => {
      await openScreen(page, host.baseUrl, path, label);
      await expectAccessible(page, large);
    });

    test('login form showing an error', async () => {
      await openScreen(page, host.baseUrl, '/subpackages/account/login/index', '登录');
      await page.getByRole('button', { name: '使用邀请码', exact: true }).click();
      await page.locator(`${CURRENT_PAGE} [role="alert"]`).first().waitFor();
      await expectAccessible(page, large);
    });

    if (signedIn) {
      test('我的 with the sign-out question open', async () => {
        await openScreen(page, host.baseUrl, '/pages/mine/index', '我的');
        await page.getByRole('button', { name: '退出登录', exact: true }).click();
        await page.getByRole('dialog').waitFor();
        await expectAccessible(page, large);
        await page.getByRole('button', { name: '不用了，返回', exact: true }).click();
      });
    }
  });
});
