// Driving the H5 app like a person: open a screen, log in through the form, choose the text size (标准, 大字, 特大).
import type { Page } from 'playwright-core';

export const TABS = [
  { label: '首页', path: '/pages/home/index' },
  { label: '听书', path: '/pages/books/index' },
  { label: '活动', path: '/pages/events/index' },
  { label: '志愿', path: '/pages/volunteer/index' },
  { label: '我的', path: '/pages/mine/index' },
] as const;

export const SUBPAGES = [
  { label: '登录', path: '/subpackages/account/login/index' },
  { label: '支部通知', path: '/subpackages/notices/list/index' },
] as const;

/** The visible page (Taro H5 keeps earlier pages in the DOM, hidden). */
export const CURRENT_PAGE = '.taro_page:not([style*="display: none"])';

/** Waits until the screen's own title heading is on show (the app has drawn and the session was checked). */
export async function waitForScreen(page: Page, title: string): Promise<void> {
  await page
    .locator(`${CURRENT_PAGE} [role="heading"][aria-level="1"]`, { hasText: title })
    .first()
    .waitFor({ state: 'visible' });
  await page
    .locator(`${CURRENT_PAGE} [role="status"]`, { hasText: '正在查看您的登录状态' })
    .waitFor({ state: 'detached' });
}

export async function openScreen(page: Page, baseUrl: string, path: string, title: string): Promise<void> {
  await page.goto(baseUrl + path);
  await waitForScreen(page, title);
}

export async function loginViaForm(page: Page, baseUrl: string, handle: string): Promise<void> {
  await openScreen(page, baseUrl, '/subpackages/account/login/index', '登录');
  await page.getByLabel('登录名').fill(handle);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL('**/pages/mine/index');
  await waitForScreen(page, '我的');
  await page.getByText('我的信息').waitFor();
}

export type TextSize = 'normal' | 'large' | 'xlarge';
export const TEXT_SIZE_WORDS: Record<TextSize, string> = { normal: '标准', large: '大字', xlarge: '特大' };

/** Taps the size in the screen's 字的大小 switch (我的 or 首页) and waits until every page follows. */
export async function setTextSize(page: Page, size: TextSize): Promise<void> {
  const choice = page
    .locator(CURRENT_PAGE)
    .getByRole('radio', { name: new RegExp(`^(✓ )?${TEXT_SIZE_WORDS[size]}$`) })
    .first();
  if ((await choice.getAttribute('aria-checked')) !== 'true') await choice.click();
  await page.waitForFunction((want) => {
    const classes = document.documentElement.classList;
    return (
      classes.contains('is-large') === (want !== 'normal') && classes.contains('is-xlarge') === (want === 'xlarge')
    );
  }, size);
}

/** 大字 on or off (标准). */
export async function setLargeText(page: Page, on: boolean): Promise<void> {
  await setTextSize(page, on ? 'large' : 'normal');
}

/** Computed font size (px) of the current screen's body text. */
export async function bodyFontSize(page: Page): Promise<number> {
  return page.locator(`${CURRENT_PAGE} .page-frame`).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}
