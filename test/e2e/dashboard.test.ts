// 驾驶舱 in a real browser at 390×844, as the city admin: 我的 → 驾驶舱; each panel's sentence, its chart drawn (an
// svg with drawn paths) and its table beside it; drill down 海湾市 → 东湖区 → 湖滨街道 and back up; the community with
// three volunteers shows 少于5人; export to Excel downloads the file; and the accessibility gate with real figures at
// 标准, 大字 and 特大 (axe, size checks, a way back, reflow). Screenshots go to DASHBOARD_SHOTS when set.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, PHONE } from '../support/browser';
import { startHost, type TestHost } from '../support/start-host';
import { CURRENT_PAGE, loginViaForm, openScreen, setTextSize, type TextSize } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { ALL_TEXT_SIZES } from './helpers/in-viewport';
import { neverLostOrStuckProblems } from './helpers/reflow-checks';
import { LARGE_RULES, NORMAL_RULES, sizeProblems, XLARGE_RULES, type SizeRules } from './helpers/size-checks';

const RULES: Record<TextSize, SizeRules> = { normal: NORMAL_RULES, large: LARGE_RULES, xlarge: XLARGE_RULES };
const SHOTS = process.env.DASHBOARD_SHOTS;
const PATH = '/subpackages/dashboard/index/index';

describeInBrowser('驾驶舱 (H5)', () => {
  let host: TestHost;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const screen = () => page.locator(CURRENT_PAGE);

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHost({ engine: 'sqlite', jobIntervalMs: 0 });
    context = await browser.newContext({ ...PHONE, acceptDownloads: true });
    page = await context.newPage();
    await loginViaForm(page, host.baseUrl, 'admin');
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.stop();
  });

  async function expectAccessible(size: TextSize, shot: string) {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${shot}-${size}.png`, fullPage: true });
    const rules = RULES[size];
    const problems = [
      ...(await axeViolations(page)),
      ...(await sizeProblems(page, rules)),
      ...(await neverLostOrStuckProblems(page, rules.minTarget)),
    ];
    if (problems.length > 0)
      throw new Error(`${problems.length} accessibility problem(s):\n  ${problems.join('\n  ')}`);
  }

  it('opens from 我的 with every panel: a sentence, a drawn chart and its table', async () => {
    await openScreen(page, host.baseUrl, '/pages/mine/index', '我的');
    await screen().getByText('驾驶舱', { exact: true }).click();
    await screen()
      .getByText(/^在册党员 [\d,]+ 人/)
      .waitFor();
    await screen()
      .getByText(/^数据截至 \d{4}年/)
      .first()
      .waitFor();
    // The chart is drawn: an svg with painted paths (axes and the series), beside a table of the same rows.
    const drawn = await page.evaluate((current) => {
      const svgs = [...document.querySelectorAll(`${current} .panel-chart svg`)];
      return svgs.map((svg) => ({
        paths: svg.querySelectorAll('path').length,
        box: (svg as SVGSVGElement).getBoundingClientRect().width,
      }));
    }, CURRENT_PAGE);
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    for (const d of drawn) {
      expect(d.paths).toBeGreaterThan(2);
      expect(d.box).toBeGreaterThan(100);
    }
    expect(await screen().locator('[role="table"]').count()).toBeGreaterThanOrEqual(drawn.length);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/01-city.png`, fullPage: true });
  });

  it('drills down to a district and a street, and back up', async () => {
    await screen().getByText('东湖区', { exact: true }).click();
    await screen().getByRole('heading', { name: '东湖区（区）' }).waitFor();
    await screen().getByText('湖滨街道', { exact: true }).click();
    await screen().getByRole('heading', { name: '湖滨街道（街道）' }).waitFor();
    await screen()
      .getByRole('button', { name: /回到东湖区/ })
      .click();
    await screen().getByRole('heading', { name: '东湖区（区）' }).waitFor();
    await screen()
      .getByRole('button', { name: /回到海湾市/ })
      .click();
    await screen().getByRole('heading', { name: '海湾市（市）' }).waitFor();
  });

  it('shows 少于5人 for the community with three volunteers', async () => {
    const units = await host.deps.database.db.selectFrom('org_units').select(['id', 'name']).execute();
    const small = units.find((u) => u.name === '东渡社区');
    await openScreen(page, host.baseUrl, `${PATH}?orgUnitId=${small?.id}`, '驾驶舱');
    await screen().getByRole('heading', { name: '东渡社区（社区）' }).waitFor();
    const volunteers = screen().getByRole('region', { name: '志愿者' });
    await volunteers.getByText('少于5人').first().waitFor();
    expect(await volunteers.innerText()).not.toMatch(/\b3 人/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/02-small.png`, fullPage: true });
  });

  it('exports the figures to Excel', async () => {
    await openScreen(page, host.baseUrl, PATH, '驾驶舱');
    await screen()
      .getByText(/^在册党员/)
      .waitFor();
    const download = page.waitForEvent('download');
    await screen().getByRole('button', { name: '导出表格（Excel）' }).click();
    expect((await download).suggestedFilename()).toMatch(/^驾驶舱-海湾市-\d{4}年\d+月\d+日\.xlsx$/);
    await screen()
      .getByText(/已经导出，文件名是/)
      .waitFor();
  });

  it.each(ALL_TEXT_SIZES)(
    'passes the gate with real figures at %s',
    async (size) => {
      await openScreen(page, host.baseUrl, '/pages/mine/index', '我的');
      await setTextSize(page, size);
      await openScreen(page, host.baseUrl, PATH, '驾驶舱');
      await screen()
        .getByText(/^在册党员/)
        .waitFor();
      await expectAccessible(size, '03-gate');
    },
    120_000,
  );
});
