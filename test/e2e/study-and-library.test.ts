// End to end on the H5 build: study records (member, secretary, and an admin stepping down the org tree), the printable poster with QR codes that
// resolve to the right book, an admin adding a book and uploading a real MP3 chapter, and 扫一扫 by photo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import type { ListenScene, QrcodeApi } from '../../contracts/qrcode';
import { currentMonth } from '../../src/entities/time/calendar';
import { spokenLength } from '../../src/entities/time/durations';
import { sortMembers } from '../../src/features/study-records/branch-summary';
import { dataOf, login, post } from '../support/api';
import { describeInBrowser, PHONE } from '../support/browser';
import { hostAndBrowser } from './helpers/host-and-browser';
import { CURRENT_PAGE, loginViaForm, openScreen, waitForScreen } from './helpers/app';

const DEMO_AUDIO = path.resolve(__dirname, '../../backend/seed/demo-audio');
const STUDY_MINE = '/subpackages/study/mine/index';
const STUDY_BRANCH = '/subpackages/study/branch/index';
const POSTER = '/subpackages/library-admin/poster/index';
const MANAGE_BOOKS = '/subpackages/library-admin/books/index';
const SCANNER = '/subpackages/scanner/index';

describeInBrowser('study records, poster, managing books and 扫一扫 (H5)', () => {
  const app = hostAndBrowser();
  let books: AudiobooksApi['list']['output']['books'];
  let collections: AudiobooksApi['list']['output']['collections'];
  // member13 is in secretary1's branch (members are dealt round the 12 branches) and is used by no other suite.
  const listener = { handle: 'member13', name: '' };
  /** Seconds the server credited member13 today: four first reports of 30 s, sent before any test runs. */
  let credited = 0;

  beforeAll(async () => {
    ({ books, collections } = await dataOf(
      post<AudiobooksApi['list']['output']>(app.host.baseUrl, 'audiobooks', { action: 'list' }),
    ));
    // The listening every test below may look at, done here so that each test also passes alone.
    const token = await login(app.host.baseUrl, listener.handle);
    listener.name = (
      await dataOf(post<{ user: { name: string } }>(app.host.baseUrl, 'account', { action: 'me' }, token))
    ).user.name;
    // The server credits no more listening than real time allows: its clock moves on 30 s before each report, as
    // if the four were sent while listening, and is given back afterwards.
    const realNow = app.host.deps.now;
    let clock = Date.now();
    app.host.deps.now = () => new Date(clock);
    for (const book of books.slice(0, 4)) {
      clock += 30_000;
      const { chapters } = await dataOf(
        post<AudiobooksApi['get']['output']>(app.host.baseUrl, 'audiobooks', {
          action: 'get',
          data: { bookId: book.id },
        }),
      );
      const saved = await dataOf(
        post<AudiobooksApi['saveProgress']['output']>(
          app.host.baseUrl,
          'audiobooks',
          { action: 'saveProgress', data: { chapterId: chapters[0].id, position: 30, listened: [[0, 30]], rate: 1 } },
          token,
        ),
      );
      credited += saved.creditedSeconds;
    }
    app.host.deps.now = realNow;
  });

  async function withPage(handle: string | null, run: (page: Page) => Promise<void>): Promise<void> {
    const context: BrowserContext = await app.browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      if (handle) await loginViaForm(page, app.host.baseUrl, handle);
      await run(page);
    } finally {
      await context.close();
    }
  }

  test('a member who has not listened sees an honest empty record with 去听书', async () => {
    await withPage('member25', async (page) => {
      await openScreen(page, app.host.baseUrl, STUDY_MINE, '学习记录');
      await page.locator(CURRENT_PAGE).getByText('您还没有听过书').waitFor();
      await page.locator(CURRENT_PAGE).getByRole('button', { name: '去听书' }).click();
      await page.waitForURL('**/pages/books/index');
    });
  });

  test('a member listens (four first reports of 30 s) and 学习记录 shows the minutes in words', async () => {
    expect(credited).toBe(120);

    await withPage(listener.handle, async (page) => {
      await openScreen(page, app.host.baseUrl, STUDY_MINE, '学习记录');
      const screen = page.locator(CURRENT_PAGE);
      await screen.locator('.my-study__lead', { hasText: '今天听了 2分钟' }).waitFor();
      // The lead is drawn with the lines under it: the week, the month and all time, in words.
      const lines = await screen.locator('.my-study__line').allTextContents();
      expect(lines.slice(0, 3)).toEqual(['本周听了 2分钟', '本月听了 2分钟', '一共听了 2分钟']);
      // The 7-day list says today's amount in words, not only as a bar.
      const today = screen.locator('.week-list__day').first();
      await expect(today.textContent()).resolves.toBe('今天听了 2分钟');
    });
  });

  test('secretary1 sees the branch month, including that member; a member gets the refusal sentence', async () => {
    const memberToken = await login(app.host.baseUrl, 'member2');
    const me = await dataOf(
      post<{ user: { orgUnitId: number } }>(app.host.baseUrl, 'account', { action: 'me' }, memberToken),
    );
    const refusal = await post(
      app.host.baseUrl,
      'audiobooks',
      { action: 'studyStats', data: { orgUnitId: me.user.orgUnitId, month: '2026-01' } },
      memberToken,
    );
    expect(refusal.body.ok).toBe(false);
    const sentence = refusal.body.ok ? '' : refusal.body.error.message;

    await withPage('secretary1', async (page) => {
      await openScreen(page, app.host.baseUrl, STUDY_BRANCH, '支部学习情况');
      const screen = page.locator(CURRENT_PAGE);
      await screen.getByText('总时长：').waitFor();
      await expect(screen.locator('.study-totals__value').first().textContent()).resolves.toBe('2分钟');
      await expect(screen.locator('.study-totals__value').nth(1).textContent()).resolves.toMatch(/^1 人 \/ 共 \d+ 人$/);
      const first = screen.locator('.member-study__row').first();
      await expect(first.textContent()).resolves.toBe(`${listener.name}听了 2分钟，1 天有听书`);
      await expect(screen.locator('.member-study__row').nth(1).textContent()).resolves.toContain('本月还没有听书');

      // Last month: nobody listened yet; the switcher steps back and forward with big buttons.
      await screen.getByRole('button', { name: '‹ 上个月' }).click();
      await screen.locator('.study-totals__value', { hasText: '0分钟' }).waitFor();
      await screen.getByRole('button', { name: '下个月 ›' }).click();
      await screen.locator('.study-totals__value', { hasText: '2分钟' }).waitFor();
      // Back at this month, the forward button says so and cannot be pressed.
      const latest = screen.getByRole('button', { name: '已是本月' });
      await latest.waitFor();
      await expect(latest.getAttribute('aria-disabled')).resolves.toBe('true');
    });

    await withPage('member2', async (page) => {
      await openScreen(page, app.host.baseUrl, STUDY_BRANCH, '支部学习情况');
      const alert = page.locator(`${CURRENT_PAGE} [role="alert"]`);
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain(sentence);
    });
  });

  test('admin steps down 支部学习情况 from the city to a branch and back up; a secretary has no way above their branch', async () => {
    const adminToken = await login(app.host.baseUrl, 'admin');
    const month = currentMonth();
    await withPage('admin', async (page) => {
      await openScreen(page, app.host.baseUrl, STUDY_BRANCH, '支部学习情况');
      const screen = page.locator(CURRENT_PAGE);
      const unitHeading = (name: string) => screen.getByRole('heading', { level: 2, name, exact: true });
      const upButton = screen.getByRole('button', { name: /^返回上一级/ });

      // The city: named in the heading, its districts listed with their level in words, and no way up.
      await unitHeading('海湾市').waitFor();
      await screen.getByText('这是您管理的市。').waitFor();
      await screen.getByRole('heading', { level: 2, name: '下属单位（3 个）' }).waitFor();
      await screen.getByRole('link', { name: /^东湖区\s?看这个区$/ }).waitFor();
      await expect(upButton.count()).resolves.toBe(0);

      // Down one level at a time; each unit's heading, its parent named on the way back, and its own children.
      const steps = [
        { name: '东湖区', level: '区', parent: '海湾市', next: '湖滨街道' },
        { name: '湖滨街道', level: '街道', parent: '东湖区', next: '莲花社区' },
        { name: '莲花社区', level: '社区', parent: '湖滨街道', next: '莲花社区离退休干部党支部' },
      ];
      await screen.getByRole('link', { name: /^东湖区/ }).click();
      for (const step of steps) {
        await unitHeading(step.name).waitFor();
        await screen.getByText(`这是${step.parent}下属的${step.level}。`).waitFor();
        await expect(upButton.textContent()).resolves.toBe(`↑返回上一级（${step.parent}）`);
        await screen.getByText(/^下属单位（\d+ 个）$/).waitFor();
        await screen.getByRole('link', { name: new RegExp(`^${step.next}`) }).click();
      }

      // The branch: its own figures and member list, and nothing below it to list.
      const branchId = (
        await app.host.deps.database.db
          .selectFrom('org_units')
          .select('id')
          .where('name', '=', '莲花社区离退休干部党支部')
          .executeTakeFirstOrThrow()
      ).id;
      const stats = await dataOf(
        post<AudiobooksApi['studyStats']['output']>(
          app.host.baseUrl,
          'audiobooks',
          { action: 'studyStats', data: { orgUnitId: branchId, month } },
          adminToken,
        ),
      );
      await unitHeading('莲花社区离退休干部党支部').waitFor();
      await screen.getByText('这是莲花社区下属的支部。').waitFor();
      await screen.getByRole('heading', { level: 2, name: `党员名单（${stats.memberCount} 人）` }).waitFor();
      await expect(
        screen.locator('.member-study__row').first().locator('.member-study__name').textContent(),
      ).resolves.toBe(sortMembers(stats.members)[0].name);
      await expect(screen.locator('.study-totals__value').nth(1).textContent()).resolves.toBe(
        `${stats.activeMembers} 人 / 共 ${stats.memberCount} 人`,
      );
      await expect(screen.getByText(/^下属单位/).count()).resolves.toBe(0);

      // Back up one level: the community again, with its branch in the list.
      await screen.getByRole('button', { name: '返回上一级（莲花社区）' }).click();
      await unitHeading('莲花社区').waitFor();
      await screen.getByRole('link', { name: /^莲花社区离退休干部党支部\s?看这个支部$/ }).waitFor();
      await expect(upButton.textContent()).resolves.toBe('↑返回上一级（湖滨街道）');

      // The month is kept while stepping: last month at the community stays last month in its branch.
      await screen.getByRole('button', { name: '‹ 上个月' }).click();
      await screen.getByRole('button', { name: '下个月 ›' }).waitFor();
      const lastMonth = await screen.locator('.month-switcher__month').textContent();
      await screen.getByRole('link', { name: /^莲花社区离退休干部党支部/ }).click();
      await unitHeading('莲花社区离退休干部党支部').waitFor();
      await screen.locator('.study-totals__value').first().waitFor();
      await expect(screen.locator('.month-switcher__month').textContent()).resolves.toBe(lastMonth);
    });

    // A secretary's top unit is their branch: no 返回上一级, no 下属单位.
    await withPage('secretary1', async (page) => {
      await openScreen(page, app.host.baseUrl, STUDY_BRANCH, '支部学习情况');
      const screen = page.locator(CURRENT_PAGE);
      await screen.getByRole('heading', { level: 2, name: '莲花社区离退休干部党支部', exact: true }).waitFor();
      await screen.getByText('这是您管理的支部。').waitFor();
      await screen.locator('.member-study__row').first().waitFor();
      await expect(screen.getByRole('button', { name: /返回上一级/ }).count()).resolves.toBe(0);
      await expect(screen.getByText(/^下属单位/).count()).resolves.toBe(0);
    });
  });

  test('admin opens the poster: every QR loads and one decodes to a scene that resolves to its book', async () => {
    await withPage('admin', async (page) => {
      await openScreen(page, app.host.baseUrl, POSTER, '打印听书海报');
      const screen = page.locator(CURRENT_PAGE);
      const cards = screen.locator('.poster-card');
      await cards.first().waitFor();
      const count = await cards.count();
      // The first collection is chosen to start with.
      expect(count).toBe(books.filter((b) => b.collectionId === collections[0].id).length);
      await page.waitForFunction((sel) => {
        const imgs = Array.from(document.querySelectorAll<HTMLImageElement>(sel));
        return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      }, `${CURRENT_PAGE} .poster-card__qr img`);
      await expect(screen.locator('.poster-card__caption').first().textContent()).resolves.toBe('微信扫一扫 · 听书');

      const card = cards.nth(count - 1);
      const title = await card.locator('.poster-card__title').textContent();
      const src = await card.locator('.poster-card__qr img').getAttribute('src');
      const png = PNG.sync.read(Buffer.from(await (await fetch(new URL(src ?? '', app.host.baseUrl))).arrayBuffer()));
      const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      const scene = new URL(read?.data ?? '').searchParams.get('scene');
      const resolved = await dataOf(
        post<ListenScene>(app.host.baseUrl, 'qrcode', { action: 'resolve', data: { scene } }),
      );
      expect(resolved).toMatchObject({ type: 'book', title });
      expect(books.find((b) => b.id === resolved.bookId)?.title).toBe(title);

      // Another collection: the grid follows the choice.
      const second = books.find((b) => b.collectionId === collections[1].id);
      await screen.getByRole('radio', { name: new RegExp(collections[1].name) }).click();
      await screen.locator('.poster-card__title', { hasText: second?.title }).waitFor();
      await expect(screen.getByRole('radio', { checked: true }).textContent()).resolves.toContain(collections[1].name);
    });
  });

  test('admin creates a book and uploads a real MP3 chapter; a wrong file type is refused in a sentence', async () => {
    await withPage('admin', async (page) => {
      await openScreen(page, app.host.baseUrl, MANAGE_BOOKS, '有声书管理');
      const screen = page.locator(CURRENT_PAGE);
      await screen.getByRole('button', { name: '新建一本书' }).click();
      await screen.getByRole('radio').first().click();
      await screen.getByLabel('书名').fill('社区里的老支书');
      await screen.getByLabel('作者').fill('海湾市老干部局');
      await screen.getByLabel('简介').fill('讲老支书几十年为邻里办实事的故事。');
      await screen.getByRole('button', { name: '建好这本书' }).click();
      await screen.getByText('《社区里的老支书》的章节').waitFor();
      await screen.getByText('这本书还没有章节。请在下面添加第一章。').waitFor();

      const fileInput = screen.locator('input[type="file"]');
      // Refused in the browser before any upload.
      await fileInput.setInputFiles({ name: '海报.png', mimeType: 'image/png', buffer: Buffer.from('not audio') });
      await expect(screen.locator('[role="alert"]').textContent()).resolves.toBe(
        '“海报.png”不是 MP3、AAC 或 M4A 格式的音频文件，不能上传。请换一个音频文件。',
      );
      // Named like audio but is not: the server looks at the bytes and its sentence is shown.
      await screen.getByLabel('第 1 章的章节名').fill('第一章 初心');
      await fileInput.setInputFiles({
        name: '假的.mp3',
        mimeType: 'audio/mpeg',
        buffer: Buffer.from('this is not an mp3 file at all'),
      });
      await screen.getByRole('button', { name: '上传并添加这一章' }).click();
      await expect(screen.locator('[role="alert"]').textContent()).resolves.toBe(
        '只能上传 MP3、AAC 或 M4A 格式的音频文件。',
      );

      await fileInput.setInputFiles(path.join(DEMO_AUDIO, 'party-history-stories-01.mp3'));
      await screen.getByText('已选好：party-history-stories-01.mp3（201 KB）').waitFor();
      await screen.getByLabel('文字稿（可以不填）').fill('这一章讲老支书刚退休时的事。');
      await screen.getByRole('button', { name: '上传并添加这一章' }).click();
      const row = screen.locator('.chapter-list__row').first();
      await row.waitFor();

      const created = books.length + 1;
      const list = (
        await dataOf(post<AudiobooksApi['list']['output']>(app.host.baseUrl, 'audiobooks', { action: 'list' }))
      ).books;
      expect(list).toHaveLength(created);
      const book = list.find((b) => b.title === '社区里的老支书');
      const { chapters } = await dataOf(
        post<AudiobooksApi['get']['output']>(app.host.baseUrl, 'audiobooks', {
          action: 'get',
          data: { bookId: book?.id ?? 0 },
        }),
      );
      expect(chapters).toHaveLength(1);
      expect(chapters[0].duration).toBeGreaterThan(45);
      expect(chapters[0].transcript).toBe('这一章讲老支书刚退休时的事。');
      await expect(row.textContent()).resolves.toBe(`第 1 章 第一章 初心长 ${spokenLength(chapters[0].duration)}`);
      // The audio is really served.
      const audio = await fetch(new URL(chapters[0].audioUrl, app.host.baseUrl));
      expect(audio.status).toBe(200);
      expect(
        Buffer.from(await audio.arrayBuffer()).equals(
          readFileSync(path.join(DEMO_AUDIO, 'party-history-stories-01.mp3')),
        ),
      ).toBe(true);
    });
  });

  test('扫一扫 on H5: no camera, the sentence says so, and a photo of a book QR lands on the scan page', async () => {
    const book = books[2];
    const qr = await dataOf(
      post<QrcodeApi['create']['output']>(
        app.host.baseUrl,
        'qrcode',
        { action: 'create', data: { type: 'book', id: book.id } },
        await login(app.host.baseUrl, 'admin'),
      ),
    );
    const png = Buffer.from(await (await fetch(new URL(qr.image, app.host.baseUrl))).arrayBuffer());

    await withPage(null, async (page) => {
      await openScreen(page, app.host.baseUrl, '/pages/home/index', '首页');
      await page.locator(CURRENT_PAGE).getByRole('button', { name: '扫一扫' }).click();
      await page.waitForURL(`**${SCANNER}`);
      const screen = page.locator(CURRENT_PAGE);
      // Headless Chromium has no camera: the refusal is said plainly and the photo becomes the main way.
      await screen.locator('.scanner__notice').waitFor();
      await expect(screen.locator('.scanner__notice').textContent()).resolves.toMatch(
        /^(没有打开相机|这台设备上没有找到能用的相机)。您可以改为拍照上传二维码。$/,
      );

      // A photo with no QR in it is explained, not ignored.
      const blank = new PNG({ width: 64, height: 64 });
      blank.data.fill(255);
      await screen
        .locator('input[type="file"]')
        .setInputFiles({ name: '白纸.png', mimeType: 'image/png', buffer: PNG.sync.write(blank) });
      await screen.getByText('这张照片里没有找到二维码。请把二维码拍得大一些、清楚一些，再试一次。').waitFor();

      await screen
        .locator('input[type="file"]')
        .setInputFiles({ name: '二维码.png', mimeType: 'image/png', buffer: png });
      await page.waitForURL(
        (url) => new URL(url).searchParams.get('scene') === qr.scene && !url.pathname.includes('/subpackages/scanner/'),
      );
      // The scan page hands the book code to the 听书 landing.
      await waitForScreen(page, '扫码听书');
      await page.locator(CURRENT_PAGE).getByText(book.title).first().waitFor();
      await page.locator(CURRENT_PAGE).getByRole('button', { name: '开始收听' }).waitFor();
    });
  });
});
