// While a book plays, every page says so and can pause it; 继续收听 changes only when something was listened to
// (issue 8, point 5). On the H5 build in Chromium, as a listener without an account.
import type { Page } from 'playwright-core';
import { describeInBrowser } from '../support/browser';
import { hostAndBrowser } from './helpers/host-and-browser';
import { CURRENT_PAGE, openScreen, setLargeText, waitForScreen } from './helpers/app';
import { openPlayer, playerButton, playingBar, sound, waitForSilence, waitForSound } from './helpers/listening';

jest.setTimeout(90_000);

async function tab(page: Page, label: string, title = label): Promise<void> {
  await page.locator('.weui-tabbar__item', { hasText: label }).click();
  await waitForScreen(page, title);
}

/** The 继续收听 card of the 听书 tab on show. */
function continueCard(page: Page) {
  return page.locator(CURRENT_PAGE).locator('.card', { has: page.getByRole('heading', { name: '继续收听' }) });
}

describeInBrowser('the playing bar and 继续收听 (H5)', () => {
  const app = hostAndBrowser();

  test('while a book plays, another page shows "正在播放" with 暂停, and 暂停 there pauses it', async () => {
    const page = await app.phone();
    await openScreen(page, app.host.baseUrl, '/pages/books/index', '听书');
    await page.locator(CURRENT_PAGE).getByText('党史小故事').first().click();
    await page.waitForURL('**/subpackages/player/index**');
    await playerButton(page, '播放').click();
    await waitForSound(page, 1);
    // The player has its own big buttons: no bar there while all is well.
    await expect(playingBar(page).count()).resolves.toBe(0);

    await page.locator(CURRENT_PAGE).getByRole('button', { name: /^返回/ }).click();
    await waitForScreen(page, '听书');
    const bar = playingBar(page);
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toContain('正在播放党史小故事 · 第1章');

    // The 继续收听 card follows the sound as it plays, not the time it was opened at.
    const card = continueCard(page);
    await expect(card.textContent()).resolves.toContain('正在播放');
    const shownFirst = await card.locator('.library__strong').textContent();
    await waitForSound(page, (await sound(page)).currentTime + 2);
    await expect(card.locator('.library__strong').textContent()).resolves.not.toBe(shownFirst);
    const real = Math.floor((await sound(page)).currentTime);
    const shown = Number(/已听到 (\d+)秒/.exec((await card.locator('.library__strong').textContent()) ?? '')?.[1]);
    expect(Math.abs(shown - real)).toBeLessThanOrEqual(1);

    // On 首页 too, and its 暂停 really pauses.
    await tab(page, '首页');
    const pause = playingBar(page).getByRole('button', { name: '暂停', exact: true });
    const box = await pause.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(48);
    expect(box?.width).toBeGreaterThanOrEqual(48);
    await pause.click();
    await waitForSilence(page);
    // Still there, so the finger finds 播放 where 暂停 was.
    await expect(playingBar(page).textContent()).resolves.toContain('已暂停');
    await playingBar(page).getByRole('button', { name: '播放', exact: true }).click();
    await waitForSound(page, (await sound(page)).currentTime + 0.5);

    // 我的, in 大字: the bar is there, and big enough for 大字.
    await tab(page, '我的');
    await setLargeText(page, true);
    const bigPause = playingBar(page).getByRole('button', { name: '暂停', exact: true });
    const bigBox = await bigPause.boundingBox();
    expect(bigBox?.height).toBeGreaterThanOrEqual(60);
    expect(bigBox?.width).toBeGreaterThanOrEqual(60);
    await setLargeText(page, false);

    // Its words open the player, which goes on playing where it was.
    const before = (await sound(page)).currentTime;
    await playingBar(page).getByRole('link').click();
    await page.waitForURL('**/subpackages/player/index**');
    await playerButton(page, '暂停').waitFor();
    expect((await sound(page)).currentTime).toBeGreaterThanOrEqual(before);

    // Paused on the player itself: the other pages no longer show the bar.
    await playerButton(page, '暂停').click();
    await waitForSilence(page);
    await page.locator(CURRENT_PAGE).getByRole('button', { name: /^返回/ }).click();
    await waitForScreen(page, '我的');
    await expect(playingBar(page).count()).resolves.toBe(0);
  });

  test('继续收听 changes only when something was listened to', async () => {
    const page = await app.phone();
    await openPlayer(page, app.host.baseUrl, 1);
    await playerButton(page, '播放').click();
    await waitForSound(page, 3);
    await playerButton(page, '暂停').click();
    await waitForSilence(page);

    await openScreen(page, app.host.baseUrl, '/pages/books/index', '听书');
    const card = continueCard(page);
    await card.waitFor();
    const heard = await card.textContent();
    expect(heard).toContain('党史小故事');

    // Another book opened and left without playing: no change, now or after a reload.
    await page.locator(CURRENT_PAGE).getByText('健康过好每一天').first().click();
    await page.waitForURL('**/subpackages/player/index**');
    await playerButton(page, '播放').waitFor();
    await page.locator(CURRENT_PAGE).getByRole('button', { name: /^返回/ }).click();
    await waitForScreen(page, '听书');
    await expect(card.textContent()).resolves.toBe(heard);

    await openScreen(page, app.host.baseUrl, '/pages/books/index', '听书');
    await continueCard(page).waitFor();
    await expect(continueCard(page).textContent()).resolves.toBe(heard);
  });
});
