// Listening like a person on the H5 build, for the recovery, controls and playing-bar suites: open the player, press
// its buttons, tap the progress bar, and read what the real <audio> element is doing.
import type { Locator, Page } from 'playwright-core';
import { CURRENT_PAGE } from './app';

export interface Sound {
  src: string;
  paused: boolean;
  currentTime: number;
  duration: number;
}

export async function sound(page: Page): Promise<Sound> {
  return page.evaluate(() => {
    const a = document.getElementById('sp-audio') as HTMLAudioElement | null;
    return a
      ? {
          src: a.getAttribute('src') ?? '',
          paused: a.paused,
          currentTime: a.currentTime,
          duration: Number.isFinite(a.duration) ? a.duration : 0,
        }
      : { src: '', paused: true, currentTime: 0, duration: 0 };
  });
}

/** Sound really comes out: playing, enough data, and the clock past `after` seconds. */
export async function waitForSound(page: Page, after = 0): Promise<Sound> {
  await page.waitForFunction(
    (t) => {
      const a = document.getElementById('sp-audio') as HTMLAudioElement | null;
      return !!a && !a.paused && a.readyState >= 3 && a.currentTime > t;
    },
    after,
    { timeout: 20_000 },
  );
  return sound(page);
}

export async function waitForSilence(page: Page): Promise<Sound> {
  await page.waitForFunction(() => (document.getElementById('sp-audio') as HTMLAudioElement | null)?.paused === true);
  return sound(page);
}

export function playerButton(page: Page, name: string): Locator {
  return page.locator(CURRENT_PAGE).getByRole('button', { name, exact: true });
}

/** Opens the player on a book (nothing plays until 播放 is pressed). */
export async function openPlayer(page: Page, baseUrl: string, bookId: number): Promise<void> {
  await page.goto(`${baseUrl}/subpackages/player/index?bookId=${bookId}`);
  await playerButton(page, '播放').waitFor();
}

/** The playing bar of the page on show (hidden pages' bars are not in the accessibility tree). */
export function playingBar(page: Page): Locator {
  return page.getByRole('region', { name: '正在收听' });
}

/** The chapter row in the player's list, e.g. 第2章. */
export function chapterRow(page: Page, seq: number): Locator {
  return page.locator(CURRENT_PAGE).getByRole('button', { name: new RegExp(`^第${seq}章`) });
}

/** Whether the whole element is inside the screen (the viewport), i.e. where the person is looking. */
export async function onScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= view.height + 0.5 && box.x + box.width <= view.width + 0.5;
}

/** The progress bar's track: x at a fraction of it, and the y of its middle. */
export async function trackPoint(page: Page, fraction: number): Promise<{ x: number; y: number }> {
  const track = await page.locator(`${CURRENT_PAGE} .progress-slider__track`).boundingBox();
  if (!track) throw new Error('no progress bar on screen');
  return { x: track.x + track.width * fraction, y: track.y + track.height / 2 };
}

/** A finger held on the screen for `holdMs` before it lifts (a slow, careful press), through Chromium's own touch input. */
export async function slowPress(page: Page, point: { x: number; y: number }, holdMs: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: point.x, y: point.y }] });
    await page.waitForTimeout(holdMs);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}
