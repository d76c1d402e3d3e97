// The lean scan landing (issue 19), on the H5 build in Chromium: a book's or a chapter's code is answered with one
// small page (the book inside it, a few KB gzipped) that fetches nothing else before 开始收听; the tap plays, and only
// then does the app load into the page, where the player goes on with the same sound. It resumes from this phone's
// place, or the account's; other codes still get the app's own page.
import { get as httpGet } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import type { QrcodeApi } from '../../contracts/qrcode';
import { dataOf, login, post } from '../support/api';
import { describeInBrowser } from '../support/browser';
import { hostAndBrowser } from './helpers/host-and-browser';
import { CURRENT_PAGE, loginViaForm } from './helpers/app';
import { audioState, countPlayingEvents, pausePlayer, waitUntilHeard } from './helpers/player';

jest.setTimeout(120_000);

/** The first answer to a scan, gzipped as a phone asks for it: at most this many bytes. */
const FIRST_ANSWER_BUDGET = 6 * 1024;

type Books = AudiobooksApi['list']['output']['books'];

/** GET with the phone's Accept-Encoding, the bytes as they crossed the line. */
function rawGet(url: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describeInBrowser('the lean scan landing (H5)', () => {
  const app = hostAndBrowser();
  let books: Books;
  let admin: string;

  beforeAll(async () => {
    ({ books } = await dataOf(
      post<AudiobooksApi['list']['output']>(app.host.baseUrl, 'audiobooks', { action: 'list' }),
    ));
    admin = await login(app.host.baseUrl, 'admin');
  });

  async function codeUrl(type: 'book' | 'chapter', id: number): Promise<string> {
    const made = await dataOf(
      post<QrcodeApi['create']['output']>(app.host.baseUrl, 'qrcode', { action: 'create', data: { type, id } }, admin),
    );
    // The code names PUBLIC_URL; the test host is that address.
    return `${app.host.baseUrl}${new URL(made.url).pathname}${new URL(made.url).search}`;
  }

  const landing = (page: Page) => page.locator('#sp-lean');
  const startButton = (page: Page) => landing(page).getByRole('button', { name: '开始收听' });

  test('the first answer is the whole landing, a few KB gzipped, with its book and one inline script', async () => {
    const url = await codeUrl('book', books[0].id);
    const reply = await rawGet(url);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.body.length).toBeLessThanOrEqual(FIRST_ANSWER_BUDGET);
    const html = gunzipSync(reply.body).toString('utf8');
    expect(html).toContain(JSON.stringify(books[0].title));
    // No file to fetch before the landing can draw: no script or stylesheet by address, one script inline.
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*stylesheet/);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  test('nothing else is fetched before the tap; the tap plays, then the app loads and the player goes on with the same sound', async () => {
    const { context, page } = await app.newPhone();
    await countPlayingEvents(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const url = await codeUrl('book', books[0].id);
    await page.goto(url);
    await startButton(page).waitFor();
    await expect(landing(page).getByRole('heading', { level: 1 }).textContent()).resolves.toBe('扫码听书');
    await expect(landing(page).textContent()).resolves.toContain(books[0].title);
    await expect(landing(page).textContent()).resolves.toContain('从第1章');
    // An anonymous listener's landing needs the page alone.
    expect(requested).toEqual(['/s']);

    await startButton(page).click();
    await page.waitForFunction(() => (window as unknown as { __playing: number }).__playing >= 1);
    const firstApp = requested.findIndex((p) => p.startsWith('/js/'));
    const firstAudio = requested.findIndex((p) => p.startsWith('/media/'));
    expect(firstAudio).toBeGreaterThan(0);
    // The app's code comes after the sound was asked for.
    expect(firstApp).toBeGreaterThan(firstAudio);

    // The app takes over in the same page: the player's address and screen, the same element still playing.
    await page.waitForURL(`**/subpackages/player/index?bookId=${books[0].id}&chapterId=*`);
    await page.locator(CURRENT_PAGE).getByRole('button', { name: '暂停', exact: true }).waitFor();
    await landing(page).waitFor({ state: 'detached' });
    const handed = await audioState(page);
    expect(handed.paused).toBe(false);
    await waitUntilHeard(page, handed.currentTime + 1);
    const after = await audioState(page);
    // Never started again from the top: one element, still going.
    expect(after.currentTime).toBeGreaterThan(handed.currentTime);
    await expect(page.locator('audio').count()).resolves.toBe(1);
    await context.close();
  });

  test('a chapter’s code starts that chapter', async () => {
    const book = await dataOf(
      post<AudiobooksApi['get']['output']>(app.host.baseUrl, 'audiobooks', {
        action: 'get',
        data: { bookId: books[0].id },
      }),
    );
    const second = book.chapters[1];
    const page = await app.phone();
    await countPlayingEvents(page);
    await page.goto(await codeUrl('chapter', second.id));
    await expect(landing(page).textContent()).resolves.toContain(`从第2章“${second.title}”开始听。`);
    await startButton(page).click();
    await waitUntilHeard(page, 0.5);
    const src = await page.evaluate(() => (document.getElementById('sp-audio') as HTMLAudioElement).src);
    expect(src.endsWith(second.audioUrl)).toBe(true);
  });

  test('anonymous: a second scan picks up where this phone stopped', async () => {
    const page = await app.phone();
    await countPlayingEvents(page);
    const url = await codeUrl('book', books[2].id);
    await page.goto(url);
    await startButton(page).click();
    await page.locator(CURRENT_PAGE).getByRole('button', { name: '暂停', exact: true }).waitFor();
    await waitUntilHeard(page, 6);
    const paused = await pausePlayer(page);

    await page.goto(url);
    await landing(page)
      .getByText(/^从上次停下的地方（第1章 \d+秒）接着听。$/)
      .waitFor();
    await startButton(page).click();
    await waitUntilHeard(page, paused);
    expect(Math.abs((await audioState(page)).currentTime - paused)).toBeLessThanOrEqual(3);
  });

  test('signed in: the landing asks the account where this listener stopped on another phone', async () => {
    const first = await app.phone();
    await loginViaForm(first, app.host.baseUrl, 'member23');
    await countPlayingEvents(first);
    const url = await codeUrl('book', books[1].id);
    await first.goto(url);
    await startButton(first).click();
    await first.locator(CURRENT_PAGE).getByRole('button', { name: '暂停', exact: true }).waitFor();
    await waitUntilHeard(first, 6);
    const paused = await pausePlayer(first);
    const token = await login(app.host.baseUrl, 'member23');
    const deadline = Date.now() + 10_000;
    let saved: number | undefined;
    while (Date.now() < deadline) {
      const mine = await dataOf(
        post<AudiobooksApi['myProgress']['output']>(app.host.baseUrl, 'audiobooks', { action: 'myProgress' }, token),
      );
      saved = mine.items.find((i) => i.bookId === books[1].id)?.position;
      if (saved !== undefined && Math.abs(saved - paused) <= 2) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(Math.abs((saved ?? -99) - paused)).toBeLessThanOrEqual(2);

    // Another phone with nothing on it but the sign-in.
    const other = await app.phone();
    await loginViaForm(other, app.host.baseUrl, 'member23');
    await countPlayingEvents(other);
    await other.goto(url);
    // Until the account answers, 开始收听 waits (a tap would start from the top).
    await landing(other)
      .getByText(/^从上次停下的地方（第1章 \d+秒）接着听。$/)
      .waitFor();
    await startButton(other).click();
    await waitUntilHeard(other, paused);
    expect(Math.abs((await audioState(other)).currentTime - (saved ?? 0))).toBeLessThanOrEqual(3);
  });

  test('other codes, and codes that cannot be read, still get the app’s own page', async () => {
    for (const scene of ['e.1', 'b.zzzzzz', 'b.999999', '']) {
      const reply = await rawGet(`${app.host.baseUrl}/s?scene=${encodeURIComponent(scene)}`);
      expect(reply.status).toBe(200);
      const html = (reply.headers['content-encoding'] === 'gzip' ? gunzipSync(reply.body) : reply.body).toString();
      expect(html).toMatch(/<script[^>]*src="\/js\/app\.[0-9a-f]+\.js"/);
      expect(html).not.toContain('sp-lean');
    }
  });
});
