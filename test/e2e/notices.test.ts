// 通知公告 end to end on the H5 build, as people use it: a member sees the unread count on 首页, opens the list
// (重要, 未读, 请按“收到” in words), reads a notice in large type, taps 收到 and the count drops; a <script> title shows
// as text and runs nothing; 朗读 plays or says why not, and 暂停/继续 work; secretary1 publishes with a preview and
// the sentence of who receives it, then sees the receipts, the call list and 提醒. Every notices screen passes the
// accessibility checks in 标准 and 大字. Screenshots go to $NOTICES_SHOTS (default /tmp/notices-shots).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { RECEIPTS_PER_PAGE, type NoticesApi } from '../../contracts/notices';
import { login, post } from '../support/api';
import { describeInBrowser } from '../support/browser';
import {
  CURRENT_PAGE,
  loginViaForm,
  openScreen,
  setTextSize,
  TEXT_SIZE_WORDS,
  waitForScreen,
  type TextSize,
} from './helpers/app';
import { ALL_TEXT_SIZES, expectInViewport, presetTextSize } from './helpers/in-viewport';
import { axeViolations } from './helpers/axe';
import { hostAndBrowser } from './helpers/host-and-browser';
import { LARGE_RULES, NORMAL_RULES, sizeProblems } from './helpers/size-checks';

jest.setTimeout(90_000);
const SHOTS = process.env.NOTICES_SHOTS ?? '/tmp/notices-shots';
const LIST = '/subpackages/notices/list/index';
const BRANCH1 = '莲花社区离退休干部党支部';

describeInBrowser('通知公告 (H5)', () => {
  const suite = hostAndBrowser({ engine: 'sqlite', jobIntervalMs: 0 });
  const current = (page: Page) => page.locator(CURRENT_PAGE);

  async function publish(handle: string, data: NoticesApi['publish']['input']): Promise<number> {
    const reply = await post<NoticesApi['publish']['output']>(
      suite.host.baseUrl,
      'notices',
      { action: 'publish', data },
      await login(suite.host.baseUrl, handle),
    );
    if (!reply.body.ok) throw new Error(reply.body.error.message);
    return reply.body.data.notice.id;
  }
  async function branch1Id(): Promise<number> {
    return (
      await suite.host.deps.database.db
        .selectFrom('org_units')
        .select('id')
        .where('name', '=', BRANCH1)
        .executeTakeFirstOrThrow()
    ).id;
  }
  /** People at home in branch 1 who hold a role beyond its secretary's reach (an admin or post manager role, or one elsewhere). */
  async function beyondBranch1(): Promise<number> {
    const db = suite.host.deps.database.db;
    const id = await branch1Id();
    const rows = await db
      .selectFrom('role_grants')
      .innerJoin('people', 'people.id', 'role_grants.person_id')
      .select('role_grants.person_id')
      .distinct()
      .where('people.org_unit_id', '=', id)
      .where((eb) =>
        eb.or([eb('role_grants.role', 'in', ['admin', 'post_manager']), eb('role_grants.org_unit_id', '!=', id)]),
      )
      .execute();
    return rows.length;
  }
  async function homeUnitOf(handle: string): Promise<number> {
    return (
      await suite.host.deps.database.db
        .selectFrom('people')
        .select('org_unit_id')
        .where('handle', '=', handle)
        .executeTakeFirstOrThrow()
    ).org_unit_id;
  }
  /** Issue 20's screenshots: what she sees on the first screen (or the whole page), kept for the closing note. */
  async function shotFor20(page: Page, name: string, fullPage = true): Promise<void> {
    const dir = process.env.I20_SHOTS ?? '/tmp/shots/i20-notices';
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
  }
  async function unreadOnServer(handle: string): Promise<number> {
    const reply = await post<NoticesApi['unreadCount']['output']>(
      suite.host.baseUrl,
      'notices',
      { action: 'unreadCount', data: {} },
      await login(suite.host.baseUrl, handle),
    );
    if (!reply.body.ok) throw new Error(reply.body.error.message);
    return reply.body.data.count;
  }
  async function shot(page: Page, name: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }
  async function expectAccessible(page: Page, size: TextSize): Promise<void> {
    const problems = [
      ...(await axeViolations(page)),
      ...(await sizeProblems(page, size === 'normal' ? NORMAL_RULES : LARGE_RULES)),
    ];
    if (problems.length > 0)
      throw new Error(`${problems.length} accessibility problem(s) on ${page.url()}:\n  ${problems.join('\n  ')}`);
  }
  const readAloudButton = (page: Page) => current(page).locator('.read-aloud').getByRole('button');
  const noticesRow = (page: Page) => current(page).getByRole('link').filter({ hasText: '支部通知' }).first();

  test('member1: the count on 首页, the list in words, a notice in large type, 收到, and the count drops', async () => {
    const page = await suite.phone();
    page.setDefaultTimeout(15_000);
    const unread = await unreadOnServer('member1');
    expect(unread).toBeGreaterThan(0);
    await loginViaForm(page, suite.host.baseUrl, 'member1');
    await noticesRow(page)
      .filter({ hasText: `${unread} 条未读` })
      .waitFor();
    await openScreen(page, suite.host.baseUrl, '/pages/home/index', '首页');
    await noticesRow(page)
      .filter({ hasText: `${unread} 条未读` })
      .waitFor();
    await noticesRow(page).click();
    await waitForScreen(page, '支部通知');
    await current(page).getByText(`您有 ${unread} 条通知还没有看。`, { exact: true }).waitFor();
    const items = current(page).locator('.notice-item');
    // Pinned first, and its label says so in words (重要, never 置顶: docs/WORDS.md); 未读 is a word too.
    await expect(items.nth(0).locator('.notice-label').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['重要', '未读']),
    );
    const important = items.filter({ hasText: '本周四下午组织生活会' });
    await expect(important.locator('.notice-label').allTextContents()).resolves.toEqual(['重要', '未读', '请按“收到”']);
    await shot(page, 'list-member1');
    await expectAccessible(page, 'normal');

    await important.click();
    await waitForScreen(page, '通知详情');
    await current(page).getByRole('heading', { name: '本周四下午组织生活会' }).waitFor();
    const bodySize = await current(page)
      .locator('.notice-detail__body')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(22);
    await readAloudButton(page).filter({ hasText: '朗读' }).waitFor();
    await shot(page, 'detail-member1');
    await expectAccessible(page, 'normal');
    const ack = current(page).getByRole('button', { name: '收到', exact: true });
    await ack.click();
    await current(page).getByText('已告诉发通知的人：您已收到这条通知。').waitFor();
    await expect(ack.count()).resolves.toBe(0);

    await page.goBack();
    await waitForScreen(page, '支部通知');
    await expect(
      current(page)
        .locator('.notice-item')
        .filter({ hasText: '本周四下午组织生活会' })
        .locator('.notice-label')
        .allTextContents(),
    ).resolves.toEqual(['重要', '已读', '已收到']);
    expect(await unreadOnServer('member1')).toBe(unread - 1);
    await page.goBack();
    await waitForScreen(page, '首页');
    await noticesRow(page)
      .filter({ hasText: `${unread - 1} 条未读` })
      .waitFor();

    // 大字: the same screens, checked at the larger sizes.
    await setTextSize(page, 'large');
    await noticesRow(page).click();
    await waitForScreen(page, '支部通知');
    await expectAccessible(page, 'large');
    await shot(page, 'list-member1-large');
    await current(page).locator('.notice-item').filter({ hasText: '本周四下午组织生活会' }).click();
    await waitForScreen(page, '通知详情');
    await current(page).getByRole('heading', { name: '本周四下午组织生活会' }).waitFor();
    const largeBody = await current(page)
      .locator('.notice-detail__body')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(largeBody).toBeGreaterThanOrEqual(28);
    await expectAccessible(page, 'large');
    await shot(page, 'detail-member1-large');
  });

  test('a <script> title and body show as text, and no script runs', async () => {
    const title = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const id = await publish('secretary1', {
      title,
      body: '<b>不是粗体</b>\n<script>window.__pwned = 3</script>',
      audienceOrgUnitId: await branch1Id(),
      importance: 'important',
      needsAck: false,
    });
    const page = await suite.phone();
    page.setDefaultTimeout(15_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await loginViaForm(page, suite.host.baseUrl, 'member13');
    await openScreen(page, suite.host.baseUrl, LIST, '支部通知');
    await current(page).locator('.notice-item__title', { hasText: '<script>window.__pwned = 1</script>' }).waitFor();
    await openScreen(page, suite.host.baseUrl, `/subpackages/notices/detail/index?id=${id}`, '通知详情');
    await current(page).locator('.notice-detail__title').filter({ hasText: title }).waitFor();
    await current(page).getByText('<b>不是粗体</b>', { exact: true }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await current(page).locator('.notice-detail script, .notice-detail img, .notice-detail b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await shot(page, 'detail-script-title');
  });

  test('朗读 speaks or says why not, in a sentence; 暂停 and 继续 work', async () => {
    const id = await publish('secretary1', {
      title: '朗读试听',
      body: '这是一条用来试听朗读的通知。\n第二段，请您仔细听。',
      audienceOrgUnitId: await branch1Id(),
      importance: 'normal',
      needsAck: false,
    });
    const page = await suite.phone();
    page.setDefaultTimeout(20_000);
    await loginViaForm(page, suite.host.baseUrl, 'member25');
    await openScreen(page, suite.host.baseUrl, `/subpackages/notices/detail/index?id=${id}`, '通知详情');
    const status = current(page).locator('.read-aloud__status');
    await status.filter({ hasText: '点“朗读”' }).waitFor();
    await readAloudButton(page).click();
    // Either it plays (the browser's voice or the server's audio) or it says why not — never nothing.
    await status.filter({ hasText: /正在朗读|不能朗读|没有放出来/ }).waitFor();
    const said = (await status.textContent()) ?? '';
    // With espeak-ng on this machine the server's audio plays (headless Chromium has no Chinese voice of its own).
    if (existsSync('/usr/bin/espeak-ng')) expect(said).toMatch(/正在朗读/);
    if (said.includes('正在朗读')) {
      await readAloudButton(page).filter({ hasText: '暂停' }).click();
      await status.filter({ hasText: '已暂停。点“继续”接着听。' }).waitFor();
      await readAloudButton(page).filter({ hasText: '继续' }).click();
      await status.filter({ hasText: '正在朗读' }).waitFor();
    }
    await shot(page, 'detail-read-aloud');

    // Where the server cannot speak, the button says so in a sentence.
    process.env.NOTICES_ESPEAK = '/nonexistent/espeak-ng';
    try {
      const other = await publish('secretary1', {
        title: '没有朗读软件时',
        body: '服务器没有朗读软件。',
        audienceOrgUnitId: await branch1Id(),
        importance: 'normal',
        needsAck: false,
      });
      const hasVoice = await page.evaluate(() =>
        window.speechSynthesis.getVoices().some((v) => /^(zh|cmn)/i.test(v.lang)),
      );
      await openScreen(page, suite.host.baseUrl, `/subpackages/notices/detail/index?id=${other}`, '通知详情');
      await readAloudButton(page).click();
      if (!hasVoice)
        await current(page)
          .locator('.read-aloud__status')
          .filter({ hasText: '这里暂时不能朗读：服务器没有装朗读软件。' })
          .waitFor();
    } finally {
      delete process.env.NOTICES_ESPEAK;
    }
  });

  test('secretary1 publishes with a preview and the sentence of who receives it, then sees receipts, the call list and 提醒', async () => {
    const page = await suite.phone();
    page.setDefaultTimeout(15_000);
    const members = Number(
      (
        await suite.host.deps.database.db
          .selectFrom('people')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('org_unit_id', '=', await branch1Id())
          .executeTakeFirstOrThrow()
      ).n,
    );
    await loginViaForm(page, suite.host.baseUrl, 'secretary1');
    await openScreen(page, suite.host.baseUrl, LIST, '支部通知');
    await current(page).getByRole('button', { name: '发新通知' }).click();
    await waitForScreen(page, '发新通知');
    await current(page).getByText(`这条通知发给：${BRANCH1}（${members} 位党员）。`).waitFor();
    await shot(page, 'publish-form');
    await expectAccessible(page, 'normal');
    await current(page).getByRole('button', { name: '预览' }).click();
    await current(page).getByText('请填写标题。').waitFor();
    await page.getByLabel('标题').fill('下周二上午集体学习');
    await page.getByLabel('内容').fill('下周二上午九点，在社区活动室集体学习。\n请带上学习笔记。');
    await current(page)
      .getByRole('radio', { name: /要按“收到”/ })
      .click();
    await current(page)
      .getByRole('radio', { name: /^(✓ )?重要$/ })
      .click();
    await current(page).getByRole('button', { name: '预览' }).click();
    await current(page).getByText(`将发给 ${BRANCH1} 的 ${members} 位党员。`).waitFor();
    await current(page).locator('.notice-preview .notice-detail__title', { hasText: '下周二上午集体学习' }).waitFor();
    await shot(page, 'publish-preview');
    await expectAccessible(page, 'normal');
    await current(page).getByRole('button', { name: '确认发出' }).click();
    await current(page).getByText(`通知已发出，已发给 ${BRANCH1} 的 ${members} 位党员。`).waitFor();
    await current(page).getByRole('button', { name: '看看这条通知' }).click();
    await waitForScreen(page, '通知详情');
    await current(page).getByRole('heading', { name: '下周二上午集体学习' }).waitFor();
    await current(page)
      .getByRole('link', { name: /看谁看了/ })
      .click();
    await waitForScreen(page, '谁看了通知');
    await current(page).getByText(`共 ${members} 人：已读 1 人，已收到 0 人。`).waitFor();
    // The secretary's own branch: numbers in full, with a button to call.
    // The call list names only those secretary1 may act on (backend/access/person-access.ts): not the city admin
    // nor the street's post manager, whose homes are in branch 1 but whose roles reach beyond it; nor herself
    // (she opened it, so she has read it, and she is not counted among those still to answer).
    const callable = members - (await beyondBranch1()) - 1;
    expect(callable).toBeLessThan(members);
    await current(page)
      .getByText(
        `还有 ${members - 1} 人没有按“收到”，可以打电话问一问。下面列出的是您能联系的 ${callable} 位；另外 ${members - 1 - callable} 位担任上级职务，由上级管理员联系。`,
      )
      .waitFor();
    const callButtons = () => current(page).getByRole('button', { name: /^打电话 1\d{10}$/ });
    // 30 at a time (issue 20), with 更多 bringing the next 30 below them.
    await expect(callButtons().count()).resolves.toBe(Math.min(callable, RECEIPTS_PER_PAGE));
    await shot(page, 'receipts-secretary1');
    await expectAccessible(page, 'normal');
    if (callable > RECEIPTS_PER_PAGE) {
      await current(page).getByRole('button', { name: '更多' }).click();
      const shown = Math.min(callable, 2 * RECEIPTS_PER_PAGE);
      await callButtons()
        .nth(shown - 1)
        .waitFor();
      await expect(callButtons().count()).resolves.toBe(shown);
    }
    await current(page)
      .getByRole('button', { name: `提醒还没按“收到”的 ${members - 1} 人` })
      .click();
    await current(page)
      .getByText(`已提醒 ${members - 1} 位还没按“收到”的党员。`)
      .waitFor();
    await expect(
      current(page)
        .getByRole('button', { name: /^提醒还没/ })
        .count(),
    ).resolves.toBe(0);

    await openScreen(page, suite.host.baseUrl, '/subpackages/notices/manage/index', '我发的通知');
    await current(page)
      .getByRole('link', { name: /下周二上午集体学习/ })
      .waitFor();
    await shot(page, 'manage-secretary1');
    await expectAccessible(page, 'normal');

    await openScreen(page, suite.host.baseUrl, '/pages/mine/index', '我的');
    await setTextSize(page, 'large');
    await openScreen(page, suite.host.baseUrl, '/subpackages/notices/manage/index', '我发的通知');
    await expectAccessible(page, 'large');
    await current(page)
      .getByRole('link', { name: /下周二上午集体学习/ })
      .click();
    await waitForScreen(page, '通知详情');
    await current(page)
      .getByRole('link', { name: /看谁看了/ })
      .click();
    await waitForScreen(page, '谁看了通知');
    await current(page)
      .getByText(/共 \d+ 人/)
      .waitFor();
    await expectAccessible(page, 'large');
    await shot(page, 'receipts-secretary1-large');
    await openScreen(page, suite.host.baseUrl, '/subpackages/notices/publish/index', '发新通知');
    await expectAccessible(page, 'large');
    await shot(page, 'publish-form-large');
  });

  test('特大: 我发的通知 says how far a notice has got; the call list finds a person by name and brings 30 more with 更多', async () => {
    const title = '特大字测试：请确认参加学习';
    const id = await publish('secretary1', {
      title,
      body: '请确认参加。',
      audienceOrgUnitId: await branch1Id(),
      importance: 'normal',
      needsAck: true,
    });
    const db = suite.host.deps.database.db;
    const member25 = await db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('handle', '=', 'member25')
      .executeTakeFirstOrThrow();
    await post(
      suite.host.baseUrl,
      'notices',
      { action: 'acknowledge', data: { noticeId: id } },
      await login(suite.host.baseUrl, 'member25'),
    );
    const page = await suite.phone();
    page.setDefaultTimeout(15_000);
    await presetTextSize(page, 'xlarge');
    await loginViaForm(page, suite.host.baseUrl, 'secretary1');
    await openScreen(page, suite.host.baseUrl, '/subpackages/notices/manage/index', '我发的通知');
    const row = current(page).getByRole('link', { name: new RegExp(title) });
    await expect(row.textContent()).resolves.toMatch(/已读 1 \/ \d+ 人，已收到 1 人/);
    await shotFor20(page, 'manage-secretary1-xlarge', false);

    await openScreen(page, suite.host.baseUrl, `/subpackages/notices/receipts/index?id=${id}`, '谁看了通知');
    await current(page)
      .getByText(/共 \d+ 人：已读 1 人，已收到 1 人。/)
      .waitFor();
    const callButtons = () => current(page).getByRole('button', { name: /^打电话 1\d{10}$/ });
    await expect(callButtons().count()).resolves.toBe(RECEIPTS_PER_PAGE);
    await current(page).getByRole('button', { name: '更多' }).click();
    await callButtons()
      .nth(2 * RECEIPTS_PER_PAGE - 1)
      .waitFor();
    await shotFor20(page, 'receipts-secretary1-xlarge');

    await page.getByLabel('找人').fill(member25.name);
    await current(page).getByRole('button', { name: '找一找' }).click();
    const found = current(page).locator('.call-item').filter({ hasText: member25.name });
    await expectInViewport(page, found.first());
    await expect(found.first().textContent()).resolves.toContain('已收到');
    await shotFor20(page, 'receipts-search-xlarge', false);
    await page.getByLabel('找人').fill('没有这个人');
    await current(page).getByRole('button', { name: '找一找' }).click();
    await expectInViewport(
      page,
      current(page).getByText('名单里没有找到“没有这个人”。可以只写名字里的一个字，或写拼音首字母。'),
    );
  });

  test('secretary1 edits a notice (the reader sees 已更新) and withdraws another after a confirmation', async () => {
    const id = await publish('secretary1', {
      title: '原来的标题',
      body: '原来的内容。',
      audienceOrgUnitId: await branch1Id(),
      importance: 'normal',
      needsAck: false,
    });
    const gone = await publish('secretary1', {
      title: '要撤回的通知',
      body: '发错了。',
      audienceOrgUnitId: await branch1Id(),
      importance: 'normal',
      needsAck: false,
    });
    const page = await suite.phone();
    page.setDefaultTimeout(15_000);
    await loginViaForm(page, suite.host.baseUrl, 'secretary1');
    await openScreen(page, suite.host.baseUrl, `/subpackages/notices/detail/index?id=${id}`, '通知详情');
    await current(page)
      .getByRole('link', { name: /修改这条通知/ })
      .click();
    await waitForScreen(page, '修改通知');
    await page.getByLabel('标题').fill('改过的标题');
    await current(page).getByRole('button', { name: '预览' }).click();
    await current(page).getByText('修改后，莲花社区离退休干部党支部 的党员会看到“已更新”。').waitFor();
    await current(page).getByRole('button', { name: '确认修改' }).click();
    await current(page).getByText('通知已修改，大家会看到“已更新”，原来的内容也保留着。').waitFor();

    await openScreen(page, suite.host.baseUrl, `/subpackages/notices/detail/index?id=${gone}`, '通知详情');
    await current(page)
      .getByRole('button', { name: /撤回这条通知/ })
      .click();
    await page
      .getByRole('dialog')
      .getByText('撤回后，莲花社区离退休干部党支部的党员都看不到“要撤回的通知”了。')
      .waitFor();
    await shot(page, 'withdraw-confirm');
    await expectAccessible(page, 'normal');
    await page.getByRole('button', { name: '确定撤回' }).click();
    await current(page).getByText('通知已撤回，大家不会再看到它。').waitFor();

    const reader = await suite.phone();
    reader.setDefaultTimeout(15_000);
    await loginViaForm(reader, suite.host.baseUrl, 'member49');
    await openScreen(reader, suite.host.baseUrl, LIST, '支部通知');
    const edited = current(reader).locator('.notice-item', { hasText: '改过的标题' });
    await expect(edited.locator('.notice-label').allTextContents()).resolves.toEqual(['未读', '已更新']);
    await expect(current(reader).locator('.notice-item', { hasText: '要撤回的通知' }).count()).resolves.toBe(0);
  });

  test('提醒 reaches a member in 我的消息, and its tap opens the notice', async () => {
    const id = await publish('secretary1', {
      title: '请尽快看这条提醒测试通知',
      body: '内容。',
      audienceOrgUnitId: await branch1Id(),
      importance: 'normal',
      needsAck: false,
    });
    const reminded = await post<NoticesApi['remind']['output']>(
      suite.host.baseUrl,
      'notices',
      { action: 'remind', data: { noticeId: id } },
      await login(suite.host.baseUrl, 'secretary1'),
    );
    if (!reminded.body.ok) throw new Error(reminded.body.error.message);
    const page = await suite.phone();
    page.setDefaultTimeout(15_000);
    await loginViaForm(page, suite.host.baseUrl, 'member37');
    await openScreen(page, suite.host.baseUrl, '/subpackages/messages/index', '我的消息');
    const message = current(page).locator('.message', {
      hasText: '请您看一下这条通知：「请尽快看这条提醒测试通知」。',
    });
    await message.click();
    await waitForScreen(page, '通知详情');
    await current(page).getByRole('heading', { name: '请尽快看这条提醒测试通知' }).waitFor();
  });

  // Issue 15, break 8: a neighbouring branch's secretary in the same district sees nothing of branch 1's receipts.
  test('secretary2 opening the branch-1 receipts reads that the notice was not found, with no name or number', async () => {
    const id = await publish('secretary1', {
      title: '只给莲花支部',
      body: '内容。',
      audienceOrgUnitId: await branch1Id(),
      importance: 'normal',
      needsAck: true,
    });
    const page = await suite.phone();
    page.setDefaultTimeout(15_000);
    await loginViaForm(page, suite.host.baseUrl, 'secretary2');
    await openScreen(page, suite.host.baseUrl, `/subpackages/notices/receipts/index?id=${id}`, '谁看了通知');
    await current(page).getByText('没有找到这条通知，可能已经撤回或过期了。').waitFor();
    await expect(
      current(page)
        .getByText(/共 \d+ 人|电话 1/)
        .count(),
    ).resolves.toBe(0);
    await expect(
      current(page)
        .getByRole('button', { name: /打电话|提醒/ })
        .count(),
    ).resolves.toBe(0);
    await shot(page, 'receipts-secretary2-refused');
  });

  // Issue 20: a published notice reaches 我的消息 without 提醒, and the sentence after 收到 is where she tapped.
  for (const size of ALL_TEXT_SIZES) {
    test(`${TEXT_SIZE_WORDS[size]}: secretary2 publishes an important notice; member2 finds it in 我的消息, presses 收到 and reads the result on screen`, async () => {
      const title = `党员大会改到周三（${TEXT_SIZE_WORDS[size]}）`;
      await publish('secretary2', {
        title,
        body: '原定周二上午的党员大会改到周三上午九点，地点不变。\n请看完按“收到”，让支部知道您看到了。',
        audienceOrgUnitId: await homeUnitOf('member2'),
        importance: 'important',
        needsAck: true,
      });
      const page = await suite.phone();
      page.setDefaultTimeout(15_000);
      await presetTextSize(page, size);
      await loginViaForm(page, suite.host.baseUrl, 'member2');
      // 我的 says there is something new; 我的消息 lists the notice with what she is asked to do, in words.
      await current(page)
        .getByRole('link')
        .filter({ hasText: '我的消息' })
        .filter({ hasText: /条新消息/ })
        .click();
      await waitForScreen(page, '我的消息');
      const item = current(page).locator('.waiting-notice').filter({ hasText: title });
      await expectInViewport(page, item);
      await expect(item.locator('.waiting-notice__label').allTextContents()).resolves.toEqual([
        '重要',
        '未读',
        '请按“收到”',
      ]);
      if (size === 'xlarge') await shotFor20(page, 'inbox-member2-xlarge');
      await item.click();
      await waitForScreen(page, '通知详情');
      await current(page).getByRole('heading', { name: title }).waitFor();
      await current(page).getByRole('button', { name: '收到', exact: true }).click();
      await expectInViewport(page, current(page).getByText('已告诉发通知的人：您已收到这条通知。'));
      if (size === 'xlarge') await shotFor20(page, 'notice-acknowledged-member2-xlarge', false);

      // Back in 我的消息 the notice leaves (nothing more to do); it stays in 通知公告. The page asks again as it comes
      // back into view (a write was made since it loaded), so the notice goes when that answer arrives.
      await page.goBack();
      await waitForScreen(page, '我的消息');
      await current(page).locator('.waiting-notice').filter({ hasText: title }).waitFor({ state: 'detached' });
      await expect(current(page).locator('.waiting-notice').filter({ hasText: title }).count()).resolves.toBe(0);
    });
  }
});
