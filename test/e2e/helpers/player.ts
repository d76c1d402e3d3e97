// Driving the audiobook player like a listener, and reading the real <audio> element the app plays through.
import type { Page } from 'playwright-core';
import { CURRENT_PAGE } from './app';

export interface AudioState {
  exists: boolean;
  paused: boolean;
  currentTime: number;
  readyState: number;
  playingEvents: number;
}

/** Counts `playing` events from page start (media events do not bubble, but a capturing listener sees them). */
export async function countPlayingEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __playing: number };
    w.__playing = 0;
    document.addEventListener('playing', () => (w.__playing += 1), true);
  });
}

export async function audioState(page: Page): Promise<AudioState> {
  return page.evaluate(() => {
    const a = document.getElementById('sp-audio') as HTMLAudioElement | null;
    const playingEvents = (window as unknown as { __playing?: number }).__playing ?? 0;
    return a
      ? { exists: true, paused: a.paused, currentTime: a.currentTime, readyState: a.readyState, playingEvents }
      : { exists: false, paused: true, currentTime: 0, readyState: 0, playingEvents };
  });
}

async function waitForPlaying(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const a = document.getElementById('sp-audio') as HTMLAudioElement | null;
    return !!a && !a.paused && a.readyState >= 3 && a.currentTime > 0;
  });
}

/** Opens a scan URL, taps 开始收听, and waits until sound is really playing and its clock moves. */
export async function startFromScan(page: Page, url: string): Promise<void> {
  await countPlayingEvents(page);
  await page.goto(url);
  await page.locator(CURRENT_PAGE).getByRole('button', { name: '开始收听' }).click();
  await waitForPlaying(page);
  const a = await audioState(page);
  if (a.playingEvents < 1) throw new Error('no playing event on the audio element');
  await waitUntilHeard(page, a.currentTime + 1);
}

export async function waitUntilHeard(page: Page, seconds: number): Promise<void> {
  await page.waitForFunction(
    (s) => {
      const a = document.getElementById('sp-audio') as HTMLAudioElement | null;
      return !!a && a.currentTime >= s;
    },
    seconds,
    { timeout: 30_000 },
  );
}

/** Taps 暂停 and returns where the audio stopped. */
export async function pausePlayer(page: Page): Promise<number> {
  await page.locator(CURRENT_PAGE).getByRole('button', { name: '暂停', exact: true }).click();
  await page.waitForFunction(() => (document.getElementById('sp-audio') as HTMLAudioElement | null)?.paused === true);
  await page.locator(CURRENT_PAGE).getByRole('button', { name: '播放', exact: true }).waitFor();
  return (await audioState(page)).currentTime;
}

/** Taps 播放 and returns the audio clock once sound has started. */
export async function pressPlay(page: Page): Promise<number> {
  await page.locator(CURRENT_PAGE).getByRole('button', { name: '播放', exact: true }).click();
  await waitForPlaying(page);
  return (await audioState(page)).currentTime;
}
