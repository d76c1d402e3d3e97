// Accessibility gate for the study, library-admin and 扫一扫 screens with real content (a member with listening time,
// a secretary's branch, an admin's city and a district and branch below it, the poster grid, the book forms with an
// error showing), at each text size (标准, 大字, 特大): axe-core with zero violations, the project's size checks, a way
// back and reflow at 200% zoom and a 32 px root font — the same checks and thresholds as the main gate.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import { login, post } from '../support/api';
import { describeInBrowser, launchBrowser, PHONE } from '../support/browser';
import { startHost, type TestHost } from '../support/start-host';
import { CURRENT_PAGE, loginViaForm, openScreen, setTextSize, type TextSize } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { neverLostOrStuckProblems } from './helpers/reflow-checks';
import { LARGE_RULES, NORMAL_RULES, sizeProblems, XLARGE_RULES, type SizeRules } from './helpers/size-checks';

const RULES: Record<TextSize, SizeRules> = { normal: NORMAL_RULES, large: LARGE_RULES, xlarge: XLARGE_RULES };

async function expectAccessible(page: Page, size: TextSize): Promise<void> {
  const rules = RULES[size];
  const problems = [
    ...(await axeViolations(page)),
    ...(await sizeProblems(page, rules)),
    ...(await neverLostOrStuckProblems(page, rules.minTarget)),
  ];
  if (problems.length > 0)
    throw new Error(`${problems.length} accessibility problem(s) on ${page.url()}:\n  ${problems.join('\n  ')}`);
}

const screen = (page: Page) => page.locator(CURRENT_PAGE);

describeInBrowser('accessibility gate: study records, library admin, 扫一扫 with content (H5)', () => {
  let host: TestHost;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHost({ engine: 'sqlite' });
    // member14 listens a little, so 学习记录 and the branch list have figures.
    const token = await login(host.baseUrl, 'member14');
    const list = await post<AudiobooksApi['list']['output']>(host.baseUrl, 'audiobooks', { action: 'list' });
    if (!list.body.ok) throw new Error('list failed');
    const got = await post<AudiobooksApi['get']['output']>(host.baseUrl, 'audiobooks', {
      action: 'get',
      data: { bookId: list.body.data.books[0].id },
    });
    if (!got.body.ok) throw new Error('get failed');
    await post(
      host.baseUrl,
      'audiobooks',
      { action: 'saveProgress', data: { chapterId: got.body.data.chapters[0].id, position: 30, listened: [[0, 30]] } },
      token,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  describe.each<TextSize>(['normal', 'large', 'xlarge'])('size=%s', (size) => {
    const pages = new Map<string, { context: BrowserContext; page: Page }>();
    async function as(handle: string): Promise<Page> {
      const known = pages.get(handle);
      if (known) return known.page;
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await loginViaForm(page, host.baseUrl, handle);
      await setTextSize(page, size);
      pages.set(handle, { context, page });
      return page;
    }

    afterAll(async () => {
      for (const { context } of pages.values()) await context.close();
    });

    test('学习记录 with listening time', async () => {
      const page = await as('member14');
      await openScreen(page, host.baseUrl, '/subpackages/study/mine/index', '学习记录');
      await screen(page).locator('.week-list').waitFor();
      await expectAccessible(page, size);
    });

    test('支部学习情况 for secretary2 (a branch) and for the admin (the city, by branch)', async () => {
      const secretary = await as('secretary2');
      await openScreen(secretary, host.baseUrl, '/subpackages/study/branch/index', '支部学习情况');
      await screen(secretary).locator('.member-study__row').first().waitFor();
      await expectAccessible(secretary, size);

      const admin = await as('admin');
      await openScreen(admin, host.baseUrl, '/subpackages/study/branch/index', '支部学习情况');
      await screen(admin)
        .getByText(/^各支部/)
        .waitFor();
      await expectAccessible(admin, size);
    });

    test('支部学习情况 stepped down: the admin at a district (下属单位 and 返回上一级) and at a branch', async () => {
      const admin = await as('admin');
      await openScreen(admin, host.baseUrl, '/subpackages/study/branch/index', '支部学习情况');
      await screen(admin)
        .getByRole('link', { name: /^东湖区/ })
        .click();
      await screen(admin).getByRole('heading', { level: 2, name: '东湖区', exact: true }).waitFor();
      await screen(admin).getByRole('button', { name: '返回上一级（海湾市）' }).waitFor();
      await screen(admin)
        .getByText(/^下属单位/)
        .waitFor();
      await screen(admin)
        .getByText(/^各支部/)
        .waitFor();
      await expectAccessible(admin, size);

      for (const next of ['湖滨街道', '莲花社区', '莲花社区离退休干部党支部']) {
        await screen(admin)
          .getByRole('link', { name: new RegExp(`^${next}`) })
          .click();
        await screen(admin).getByRole('heading', { level: 2, name: next, exact: true }).waitFor();
      }
      await screen(admin).locator('.member-study__row').first().waitFor();
      await expectAccessible(admin, size);
    });

    test('打印听书海报 with the QR grid', async () => {
      const page = await as('admin');
      await openScreen(page, host.baseUrl, '/subpackages/library-admin/poster/index', '打印听书海报');
      await screen(page).locator('.poster-card__qr img').first().waitFor();
      await expectAccessible(page, size);
    });

    test('有声书管理: list, new-book form with an error, a book with the chapter form and a file refused', async () => {
      const page = await as('admin');
      await openScreen(page, host.baseUrl, '/subpackages/library-admin/books/index', '有声书管理');
      await screen(page).locator('.list-row').first().waitFor();
      await expectAccessible(page, size);

      await screen(page).getByRole('button', { name: '新建一本书' }).click();
      await screen(page).getByRole('button', { name: '建好这本书' }).click();
      await screen(page).locator('[role="alert"]').waitFor();
      await expectAccessible(page, size);

      await screen(page).getByRole('button', { name: '不建了，返回书目' }).click();
      await screen(page).locator('.list-row').first().click();
      await screen(page).locator('.chapter-list__row').first().waitFor();
      await screen(page)
        .locator('input[type="file"]')
        .setInputFiles({ name: '照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('x') });
      await screen(page).locator('[role="alert"]').waitFor();
      await expectAccessible(page, size);
    });

    test('扫一扫 with the camera refused and a photo without a code', async () => {
      const page = await as('member14');
      await openScreen(page, host.baseUrl, '/subpackages/scanner/index', '扫一扫');
      await screen(page).locator('.scanner__notice').waitFor();
      await screen(page)
        .locator('input[type="file"]')
        .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
      await screen(page).locator('[role="alert"]').waitFor();
      await expectAccessible(page, size);
    });

    test('首页 with the 扫一扫 button, and 我的 with the admin links', async () => {
      const page = await as('admin');
      await openScreen(page, host.baseUrl, '/pages/home/index', '首页');
      await expectAccessible(page, size);
      await openScreen(page, host.baseUrl, '/pages/mine/index', '我的');
      await screen(page).getByText('打印听书海报').waitFor();
      await expectAccessible(page, size);
    });
  });
});
