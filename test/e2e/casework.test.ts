// 民情工作室 end to end on the H5 build, as the studio's staff use it: studio1 opens it from 我的, sees the open cases
// with their days and flags (masked names only), records a visit — every mistake said at once first — opens a case
// from it in one step, logs the 回访, closes it as 调解成功 and opens the A4 卷宗. Each screen passes the
// accessibility checks in 标准 and 特大 with real content. Screenshots go to $CASEWORK_SHOTS (default /tmp/shots/casework).
import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describeInBrowser } from '../support/browser';
import { CURRENT_PAGE, loginViaForm, openScreen, setTextSize, waitForScreen, type TextSize } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { hostAndBrowser } from './helpers/host-and-browser';
import { neverLostOrStuckProblems } from './helpers/reflow-checks';
import { NORMAL_RULES, sizeProblems, XLARGE_RULES } from './helpers/size-checks';

jest.setTimeout(120_000);
const SHOTS = process.env.CASEWORK_SHOTS ?? '/tmp/shots/casework';

describeInBrowser('民情工作室 (H5)', () => {
  const suite = hostAndBrowser({ engine: 'sqlite', jobIntervalMs: 0 });
  const current = (page: Page) => page.locator(CURRENT_PAGE);
  const shot = async (page: Page, name: string) => {
    if (!existsSync(SHOTS)) mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };
  const expectAccessible = async (page: Page, size: TextSize) => {
    await current(page).locator('.state-view--loading').waitFor({ state: 'detached' });
    const rules = size === 'xlarge' ? XLARGE_RULES : NORMAL_RULES;
    const problems = [
      ...(await axeViolations(page)),
      ...(await sizeProblems(page, rules)),
      ...(await neverLostOrStuckProblems(page, rules.minTarget)),
    ];
    expect(problems).toEqual([]);
  };

  it('records a visit, opens a case from it, logs the 回访 and closes it; every screen accessible', async () => {
    const page = await suite.phone();
    await loginViaForm(page, suite.host.baseUrl, 'studio1');
    await current(page).getByText('民情工作室', { exact: true }).click();
    await waitForScreen(page, '民情工作室');
    const list = current(page);
    await list.getByText(/还有 5 件纠纷没结案，其中 2 件已经超过20天/).waitFor();
    await list.getByText('受理第33天，已满30天，请抓紧').waitFor();
    // Lists never carry a full name or a phone.
    expect(await list.last().innerText()).not.toMatch(/1[3-9]\d{9}/);

    await list.getByRole('button', { name: '登记来访' }).click();
    await waitForScreen(page, '登记来访');
    const form = current(page);
    await form.getByRole('button', { name: '保存来访' }).click();
    await form.getByText('有3处要改一下，已经在各自的格子下面说明了。').waitFor();
    await form.getByText('请填写来访人的姓名。').waitFor();
    await form.getByText('请至少选择一项反映的事情。').waitFor();
    await form.getByText('请写下反映的情况。').waitFor();
    await shot(page, 'visit-mistakes');

    await form.getByLabel('来访人姓名').fill('李秀英');
    await form.getByLabel('联系电话（可以不填）').fill('13905921234');
    await form.getByRole('button', { name: /邻里关系/ }).click();
    await form.getByRole('button', { name: /养老照护/ }).click();
    await form.getByLabel('反映的情况').fill('楼上漏水渗到楼下，两家说不拢。母亲李奶奶需要每周陪诊。');
    await form.getByRole('button', { name: '保存来访' }).click();
    await form.getByText('已经登记了李秀英的来访。').waitFor();
    await form.getByRole('radio', { name: /邻里纠纷/ }).click();
    await form.getByLabel('另一方当事人姓名（可以不填）').fill('王大明');
    await shot(page, 'visit-saved');
    await form.getByRole('button', { name: '立案调解' }).click();

    await waitForScreen(page, '矛盾纠纷');
    const c = current(page);
    await c.getByText('邻里纠纷，受理第0天').waitFor();
    await c.getByText('申请人：李秀英，电话 13905921234').waitFor();
    await c.getByText('被申请人：王大明').waitFor();
    await c.getByText('结案前要先做回访。记下回访后，这里就可以结案了。').waitFor();
    await c.getByLabel('回访情况').fill('电话回访，楼上已修好，双方满意。');
    await c.getByRole('radio', { name: /^(✓ )?满意/ }).click();
    await c.getByRole('button', { name: '保存回访' }).click();
    await c.getByText('回访已经记下了，现在可以结案了。').waitFor();
    await c.getByRole('radio', { name: /调解成功/ }).click();
    await c.getByRole('button', { name: '结案', exact: true }).click();
    await page.getByRole('button', { name: '确定结案' }).click();
    await c.getByText(/^这件纠纷已经结案了（\d{4}年\d{1,2}月\d{1,2}日）。$/).waitFor();
    await c.getByText('邻里纠纷，用了0天结案，调解成功').waitFor();
    await shot(page, 'case-closed');
    const caseId = new URL(page.url().replace('#', '')).searchParams.get('id');
    expect(caseId).toMatch(/^\d+$/);

    await c.getByRole('button', { name: '打印卷宗' }).click();
    await waitForScreen(page, '打印卷宗');
    await current(page).getByText('人民调解卷宗').waitFor();
    await current(page).getByText('调解成功', { exact: true }).waitFor();
    await shot(page, 'case-file');

    // Each screen opened directly, with real content, in 标准 and 特大: the closed case, an open one of the demo
    // (its forms on show), the list, and the visit form showing its mistakes.
    const open = await suite.host.deps.database.db
      .selectFrom('casework_cases')
      .select('id')
      .where('status', '=', 'open')
      .orderBy('accepted_at')
      .executeTakeFirstOrThrow();
    for (const size of ['normal', 'xlarge'] as const) {
      await page.goto(`${suite.host.baseUrl}/pages/mine/index`);
      await waitForScreen(page, '我的');
      await setTextSize(page, size);
      for (const [path, title, name] of [
        ['/subpackages/casework/cases/index', '民情工作室', 'cases'],
        [`/subpackages/casework/case/index?id=${caseId}`, '矛盾纠纷', 'case-closed'],
        [`/subpackages/casework/case/index?id=${open.id}`, '矛盾纠纷', 'case-open'],
        [`/subpackages/casework/case-file/index?id=${caseId}`, '打印卷宗', 'case-file'],
        ['/subpackages/casework/visit/index', '登记来访', 'visit'],
      ] as const) {
        await openScreen(page, suite.host.baseUrl, path, title);
        if (name === 'visit') {
          await current(page).getByRole('button', { name: '保存来访' }).click();
          await current(page).getByText('有3处要改一下，已经在各自的格子下面说明了。').waitFor();
        }
        await expectAccessible(page, size);
        await shot(page, `${size}-${name}`);
      }
    }
  });
});
