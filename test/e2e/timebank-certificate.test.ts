// 服务时间证明 in a real browser on the H5 build, on the demo city: a helper (volunteer1, with confirmed visits in the
// seed) taps 开具服务时间证明 on 我的时间银行, keeps the period offered first and taps 开具证明, and reads the A4
// sheet; a stranger opens the printed code and reads ✓ with the kind and the masked name, never the full one; the
// same verdict comes from typing the number and the check code printed on the paper; an altered code says 查不到.
// Each screen is checked by axe and our size rules in 标准, 大字 and 特大, and photographed at 390×844 into
// TIMEBANK_CERT_SHOTS_DIR when it is set.
import type { Page } from 'playwright-core';
import type { TimeCertificateView } from '../../contracts/timebank';
import { dataOf, login, post } from '../support/api';
import { describeInBrowser } from '../support/browser';
import { CURRENT_PAGE, loginViaForm, openScreen, type TextSize } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { ALL_TEXT_SIZES, presetTextSize } from './helpers/in-viewport';
import { hostAndBrowser } from './helpers/host-and-browser';
import { LARGE_RULES, NORMAL_RULES, sizeProblems, XLARGE_RULES, type SizeRules } from './helpers/size-checks';

jest.setTimeout(240_000);

const SHOTS = process.env.TIMEBANK_CERT_SHOTS_DIR;
const RULES: Record<TextSize, SizeRules> = { normal: NORMAL_RULES, large: LARGE_RULES, xlarge: XLARGE_RULES };

describeInBrowser('服务时间证明 (H5)', () => {
  const app = hostAndBrowser();
  let fullName: string;

  async function check(page: Page, size: TextSize, name: string): Promise<void> {
    await page.locator(`${CURRENT_PAGE} .state-view--loading`).waitFor({ state: 'detached' });
    expect([...(await axeViolations(page)), ...(await sizeProblems(page, RULES[size]))]).toEqual([]);
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/${size}-${name}.png` });
      await page.screenshot({ path: `${SHOTS}/${size}-${name}-full.png`, fullPage: true });
    }
  }

  async function phone(handle: string | null, size: TextSize): Promise<Page> {
    const { page } = await app.newPhone();
    await presetTextSize(page, size);
    if (handle) await loginViaForm(page, app.host.baseUrl, handle);
    return page;
  }

  beforeAll(async () => {
    fullName = (
      await app.host.deps.database.db
        .selectFrom('people')
        .select('name')
        .where('handle', '=', 'volunteer1')
        .executeTakeFirstOrThrow()
    ).name;
  });

  it.each(ALL_TEXT_SIZES)(
    'in %s: 开具服务时间证明 from 我的时间银行, the A4 sheet, and its code verified by a stranger',
    async (size) => {
      const page = await phone('volunteer1', size);
      const screen = page.locator(CURRENT_PAGE);
      await openScreen(page, app.host.baseUrl, '/subpackages/timebank/mine/index', '我的时间银行');
      await screen.getByRole('button', { name: '开具服务时间证明' }).click();
      await screen.getByRole('button', { name: '开具证明' }).waitFor();
      await screen.getByText(/不算别人送给您的时间/).waitFor();
      await check(page, size, '01-issue');
      await screen.getByRole('button', { name: '开具证明' }).click();
      await page.waitForURL(/\/subpackages\/timebank\/certificate\/index\?no=SJ/);
      await screen.getByText('扫码核验真伪').waitFor();
      const number = decodeURIComponent(new URL(page.url()).searchParams.get('no') ?? '');
      expect(number).toMatch(/^SJ\d{8}-[0-9A-Z]{6}$/);
      await screen.getByText(new RegExp(`^兹证明 ${fullName} 于 .+ 期间参加时间银行互助服务`)).waitFor();
      await screen.getByText(`证明编号：${number}`).waitFor();
      await check(page, size, '02-sheet');

      const token = await login(app.host.baseUrl, 'volunteer1');
      const cert = await dataOf(
        post<TimeCertificateView>(app.host.baseUrl, 'timebank', { action: 'certificateView', data: { number } }, token),
      );
      await screen.getByText(`核验码：${cert.sig.replace(/(.{4})(?=.)/g, '$1 ')}`).waitFor();

      // The printed code: the scan page's short link with the sealed scene, for anyone, signed in or not.
      const stranger = await phone(null, size);
      const code = new URL(cert.codeUrl);
      await openScreen(stranger, app.host.baseUrl, `${code.pathname}${code.search}`, '核验服务时间证明');
      const verdict = stranger.locator(CURRENT_PAGE);
      await verdict.getByText('✓ 这张证书是真的').waitFor();
      await verdict.getByText('证明种类：服务时间证明').waitFor();
      await verdict.getByText(/^服务人：\p{Script=Han}\*+\p{Script=Han}?$/u).waitFor();
      expect(await verdict.textContent()).not.toContain(fullName);
      await check(stranger, size, '03-verify');
    },
  );

  it('verifies by the number and check code typed from the paper, and says 查不到 for an altered code', async () => {
    const token = await login(app.host.baseUrl, 'volunteer1');
    const issued = await dataOf(
      post<{ number: string }>(
        app.host.baseUrl,
        'timebank',
        { action: 'certificate', data: { from: '2020-01-01', to: '2030-12-31' } },
        token,
      ),
    );
    const { sig } = await dataOf(
      post<TimeCertificateView>(
        app.host.baseUrl,
        'timebank',
        { action: 'certificateView', data: { number: issued.number } },
        token,
      ),
    );
    const page = await phone(null, 'normal');
    const screen = page.locator(CURRENT_PAGE);
    await openScreen(page, app.host.baseUrl, '/subpackages/volunteer/verify/index', '核验证明');
    await check(page, 'normal', '04-type');
    // Mistakes are said under their boxes before anything is asked.
    await screen.getByRole('button', { name: '核验' }).click();
    await screen.getByText('有2处要改一下，已经在各自的格子下面说明了。').waitFor();
    await screen.getByLabel('证明编号').fill(issued.number.toLowerCase());
    await screen.getByLabel('核验码').fill(sig.replace(/(.{4})(?=.)/g, '$1 '));
    await screen.getByRole('button', { name: '核验' }).click();
    await screen.getByText('✓ 这张证书是真的').waitFor();
    await check(page, 'normal', '05-typed');
    await screen.getByLabel('核验码').fill(`${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`);
    await screen.getByRole('button', { name: '核验' }).click();
    await screen.getByText('查不到这张证书').waitFor();
    await expect(screen.getByRole('button', { name: '再试一次' }).count()).resolves.toBe(0);
  });
});
