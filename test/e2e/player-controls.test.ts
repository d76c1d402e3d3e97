// The player's controls as a shaky or careful finger uses them (issue 8, point 6), on the H5 build in Chromium with
// touch input: big 上一章 / 下一章; a quick tap and a slow press on the progress bar both jump there; the time shown
// follows the real sound; and the chapter list says "正在播放" only while sound plays.
import type { Page } from 'playwright-core';
import { describeInBrowser } from '../support/browser';
import { hostAndBrowser } from './helpers/host-and-browser';
import { CURRENT_PAGE } from './helpers/app';
import {
  chapterRow,
  openPlayer,
  playerButton,
  slowPress,
  sound,
  trackPoint,
  waitForSilence,
  waitForSound,
} from './helpers/listening';

jest.setTimeout(90_000);

/** "已播放 38秒" → 38 */
async function shownSeconds(page: Page): Promise<number> {
  const text = (await page.locator(`${CURRENT_PAGE} .progress-slider__times`).first().textContent()) ?? '';
  const m = /已播放\s*(?:(\d+)分)?(\d+)?秒?/.exec(text);
  if (!m) throw new Error(`no time shown: ${text}`);
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

describeInBrowser('player controls (H5, touch)', () => {
  const app = hostAndBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await app.phone();
  });

  test('"正在播放" only once sound plays: before, the chapter is only 选中了; after 暂停, 已暂停', async () => {
    await openPlayer(page, app.host.baseUrl, 1);
    const first = chapterRow(page, 1);
    await expect(first.textContent()).resolves.toContain('选中了');
    await expect(
      page
        .locator(CURRENT_PAGE)
        .getByText(/正在听|正在播放/)
        .count(),
    ).resolves.toBe(0);

    await playerButton(page, '播放').click();
    await waitForSound(page, 0.3);
    await page.locator(CURRENT_PAGE).getByText('正在播放', { exact: true }).first().waitFor();
    await expect(first.textContent()).resolves.toContain('正在播放');

    await playerButton(page, '暂停').click();
    await waitForSilence(page);
    await expect(first.textContent()).resolves.toContain('已暂停');
  });

  test('a quick tap on the progress bar jumps there at once — and the next tap goes to its own spot', async () => {
    await playerButton(page, '播放').click();
    const { duration } = await waitForSound(page, 0.3);
    expect(duration).toBeGreaterThan(20);

    await page.touchscreen.tap(...(Object.values(await trackPoint(page, 0.7)) as [number, number]));
    await page.waitForFunction(
      (t) => ((document.getElementById('sp-audio') as HTMLAudioElement).currentTime ?? 0) >= t,
      duration * 0.7 - 2,
      { timeout: 5000 },
    );
    const afterFirst = await sound(page);
    expect(Math.abs(afterFirst.currentTime - duration * 0.7)).toBeLessThanOrEqual(2);

    await page.touchscreen.tap(...(Object.values(await trackPoint(page, 0.2)) as [number, number]));
    await page.waitForFunction(
      (t) => ((document.getElementById('sp-audio') as HTMLAudioElement).currentTime ?? 99) <= t,
      duration * 0.2 + 2,
      { timeout: 5000 },
    );
    const afterSecond = await sound(page);
    expect(Math.abs(afterSecond.currentTime - duration * 0.2)).toBeLessThanOrEqual(2);
  });

  test('the time shown follows the real sound (no frozen "已播放")', async () => {
    await waitForSound(page, (await sound(page)).currentTime + 2);
    for (let i = 0; i < 3; i += 1) {
      const real = (await sound(page)).currentTime;
      expect(Math.abs((await shownSeconds(page)) - real)).toBeLessThanOrEqual(1.5);
      await page.waitForTimeout(1000);
    }
  });

  test('a slow press (the finger held a while, then lifted) jumps there too', async () => {
    const { duration } = await sound(page);
    await slowPress(page, await trackPoint(page, 0.5), 900);
    await page.waitForFunction(
      (t) => Math.abs(((document.getElementById('sp-audio') as HTMLAudioElement).currentTime ?? 0) - t) <= 2,
      duration * 0.5,
      { timeout: 5000 },
    );
    expect(Math.abs((await shownSeconds(page)) - duration * 0.5)).toBeLessThanOrEqual(2.5);
  });

  test('下一章 and 上一章: one tap plays the next or the previous chapter; at the ends the button says so', async () => {
    await openPlayer(page, app.host.baseUrl, 1);
    const previous = page.locator(CURRENT_PAGE).getByRole('button', { name: '已是第一章', exact: true });
    await expect(previous.getAttribute('aria-disabled')).resolves.toBe('true');

    await playerButton(page, '下一章 ›').click();
    const second = await waitForSound(page, 0.3);
    expect(second.src).toMatch(/02\.mp3$/);
    await page.locator(CURRENT_PAGE).getByText('第2章（共3章）').waitFor();
    await expect(chapterRow(page, 2).textContent()).resolves.toContain('正在播放');

    await playerButton(page, '下一章 ›').click();
    expect((await waitForSound(page, 0.3)).src).toMatch(/03\.mp3$/);
    const next = page.locator(CURRENT_PAGE).getByRole('button', { name: '已是最后一章', exact: true });
    await expect(next.getAttribute('aria-disabled')).resolves.toBe('true');

    await playerButton(page, '‹ 上一章').click();
    expect((await waitForSound(page, 0.3)).src).toMatch(/02\.mp3$/);
    await page.locator(CURRENT_PAGE).getByText('第2章（共3章）').waitFor();

    // Big enough for a shaky finger: the buttons sit right under 播放, at least 48 px high, wide as half the screen.
    const box = await playerButton(page, '下一章 ›').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(48);
    expect(box?.width).toBeGreaterThanOrEqual(150);
    await playerButton(page, '暂停').click();
    await waitForSilence(page);
  });
});
