// From shelf to sound, end to end on the H5 build: open a book's QR URL, tap 开始收听, hear it play, pause after
// ~10 s, reload, and the player picks up within 2 s of that place — anonymously (device) and signed in (server,
// and on a second phone). Places heard before signing in join the account afterwards.
import type { Page } from 'playwright-core';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import type { QrcodeApi } from '../../contracts/qrcode';
import { login, post } from '../support/api';
import { describeInBrowser } from '../support/browser';
import type { TestHost } from '../support/start-host';
import { hostAndBrowser } from './helpers/host-and-browser';
import { CURRENT_PAGE, loginViaForm, openScreen } from './helpers/app';
import { audioState, pausePlayer, pressPlay, startFromScan, waitUntilHeard } from './helpers/player';

jest.setTimeout(90_000);

type Books = AudiobooksApi['list']['output']['books'];

async function scanUrl(host: TestHost, bookId: number): Promise<string> {
  // QR codes are made by those who print posters: the admin.
  const made = await post<QrcodeApi['create']['output']>(
    host.baseUrl,
    'qrcode',
    { action: 'create', data: { type: 'book', id: bookId } },
    await login(host.baseUrl, 'admin'),
  );
  if (!made.body.ok) throw new Error(JSON.stringify(made.body));
  return made.body.data.url;
}

async function serverPosition(host: TestHost, handle: string, bookId: number): Promise<number | undefined> {
  const token = await login(host.baseUrl, handle);
  const reply = await post<AudiobooksApi['myProgress']['output']>(
    host.baseUrl,
    'audiobooks',
    { action: 'myProgress' },
    token,
  );
  if (!reply.body.ok) throw new Error(JSON.stringify(reply.body));
  return reply.body.data.items.find((i) => i.bookId === bookId)?.position;
}

/** Asks again (every 300 ms, up to 10 s) until the answer is good; returns the last answer. */
async function until<T>(ask: () => Promise<T>, good: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await ask();
  while (!good(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    value = await ask();
  }
  return value;
}

/** Scan → play ~10 s → pause; returns where it paused. */
async function listenAndPause(page: Page, url: string): Promise<number> {
  await startFromScan(page, url);
  const first = await audioState(page);
  await waitUntilHeard(page, first.currentTime + 9);
  const paused = await pausePlayer(page);
  expect(paused).toBeGreaterThan(8);
  return paused;
}

/** Reload the player, tap 播放: the sound must start within 2 s of `paused`. */
async function expectResumesNear(page: Page, paused: number): Promise<void> {
  const started = await pressPlay(page);
  expect(Math.abs(started - paused)).toBeLessThanOrEqual(2);
}

describeInBrowser('scan to sound, and resume (H5)', () => {
  const app = hostAndBrowser();
  let books: Books;

  beforeAll(async () => {
    const list = await post<AudiobooksApi['list']['output']>(app.host.baseUrl, 'audiobooks', { action: 'list' });
    if (!list.body.ok) throw new Error('list failed');
    books = list.body.data.books;
  });

  test('anonymous: the QR URL plays after one tap, and a reload resumes from the device', async () => {
    const page = await app.phone();
    const url = await scanUrl(app.host, books[0].id);
    expect(new URL(url).pathname).toBe('/s');
    const paused = await listenAndPause(page, url);

    await page.reload();
    await page.locator(CURRENT_PAGE).getByRole('button', { name: '播放', exact: true }).waitFor();
    await expectResumesNear(page, paused);

    // Nothing went to any account: there is none.
    await pausePlayer(page);

    // Signing in later brings the device's place into the account, once.
    await loginViaForm(page, app.host.baseUrl, 'member21');
    expect(await serverPosition(app.host, 'member21', books[0].id)).toBeUndefined();
    await openScreen(page, app.host.baseUrl, '/pages/books/index', '听书');
    await page.locator(CURRENT_PAGE).getByText(books[0].title).first().waitFor();
    const imported = await until(
      () => serverPosition(app.host, 'member21', books[0].id),
      (p) => p !== undefined,
    );
    expect(Math.abs((imported ?? -99) - paused)).toBeLessThanOrEqual(2);
  });

  test('signed in: the pause is saved to the account; a reload and a second phone both resume there', async () => {
    const page = await app.phone();
    await loginViaForm(page, app.host.baseUrl, 'member22');
    const url = await scanUrl(app.host, books[1].id);
    const paused = await listenAndPause(page, url);
    const saved = await until(
      () => serverPosition(app.host, 'member22', books[1].id),
      (p) => p !== undefined && Math.abs(p - paused) <= 2,
    );
    expect(Math.abs((saved ?? -99) - paused)).toBeLessThanOrEqual(2);

    await page.reload();
    await page.locator(CURRENT_PAGE).getByRole('button', { name: '播放', exact: true }).waitFor();
    await expectResumesNear(page, paused);
    const pausedAgain = await pausePlayer(page);

    // Another phone, nothing on it: the place comes from the server.
    const other = await app.phone();
    await loginViaForm(other, app.host.baseUrl, 'member22');
    await openScreen(other, app.host.baseUrl, '/pages/books/index', '听书');
    const card = other.locator(CURRENT_PAGE).getByRole('heading', { name: '继续收听' });
    await card.waitFor();
    await expect(other.locator(CURRENT_PAGE).getByText(books[1].title).first().isVisible()).resolves.toBe(true);
    await other.locator(CURRENT_PAGE).getByRole('button', { name: '继续收听', exact: true }).click();
    await other.waitForURL('**/subpackages/player/index**');
    // The 继续收听 tap counts as the tap that allows sound.
    await other.waitForFunction(() => {
      const a = document.getElementById('sp-audio') as HTMLAudioElement | null;
      return !!a && !a.paused && a.readyState >= 3;
    });
    const { currentTime } = await audioState(other);
    expect(Math.abs(currentTime - pausedAgain)).toBeLessThanOrEqual(2);
  });

  test('a forged or foreign scene gets the friendly page and a way home', async () => {
    const page = await app.phone();
    for (const scene of ['b.zzzzzz', 'x.1', 'k.1.abc.AAAAAAAAAAA']) {
      await page.goto(`${app.host.baseUrl}/s?scene=${encodeURIComponent(scene)}`);
      const problem = page.locator(CURRENT_PAGE).getByRole('alert');
      await problem.waitFor();
      await expect(problem.textContent()).resolves.toContain('这个二维码无法识别');
    }
    await page.locator(CURRENT_PAGE).getByRole('button', { name: '回到首页', exact: true }).click();
    await page.waitForURL('**/pages/home/index');
  });
});
