// The elder gate for states, not just pages: a journey runs in each text size, and after each action the sentence
// that says what happened must be inside the 390×844 screen, where she tapped, not below the fold.
import type { Locator, Page } from 'playwright-core';
import type { TextSize } from './app';

export const ALL_TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'xlarge'];

/**
 * Starts a fresh phone in a text size as if she had chosen it before (the first-visit question already answered):
 * call before the first page load. Written as Taro's H5 storage writes it.
 */
export async function presetTextSize(page: Page, size: TextSize): Promise<void> {
  await page.addInitScript((chosen) => {
    localStorage.setItem('display.textSize', JSON.stringify({ data: chosen }));
  }, size);
}

/**
 * Waits for `locator` to show and then for the page to settle, and fails with where it was when the whole of it is
 * not on screen (the fixed bars at the bottom count as off screen: 80 px for the tab bar or playing bar).
 */
export async function expectInViewport(page: Page, locator: Locator, bottomBarPx = 80): Promise<void> {
  await locator.waitFor({ state: 'visible' });
  // The sentence brings itself into view after the page has drawn (Said waits 50 ms, then scrolls smoothly).
  await page.waitForTimeout(400);
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) throw new Error('expectInViewport: the element or the viewport has no size');
  const inside = box.y >= 0 && box.y + box.height <= view.height - bottomBarPx + 0.5;
  if (!inside) {
    const text = ((await locator.textContent()) ?? '').trim().slice(0, 40);
    throw new Error(
      `"${text}" is not on the first screen: top ${Math.round(box.y)} px, bottom ${Math.round(box.y + box.height)} px, screen ${view.height} px (less ${bottomBarPx} px of bars)`,
    );
  }
}
