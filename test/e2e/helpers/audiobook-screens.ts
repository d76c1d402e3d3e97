// The audiobook screens for the accessibility gate, each in a settled state (not its loading line),
// reached the way a listener would: a URL, a search, a collection, a play and pause.
import type { Page } from 'playwright-core';
import { CURRENT_PAGE, openScreen } from './app';

export interface AudiobookScreen {
  label: string;
  open: (page: Page, baseUrl: string) => Promise<void>;
}

async function settled(page: Page, text: string): Promise<void> {
  await page.locator(CURRENT_PAGE).getByText(text).first().waitFor();
}

/** The screen on show is the lean landing's, not the app's. */
async function leanLanding(page: Page): Promise<void> {
  await page.locator('#sp-lean.taro_page').waitFor();
  if ((await page.locator('script[src*="/js/app."]').count()) > 0) throw new Error('the app was loaded');
}

export const AUDIOBOOK_SCREENS: AudiobookScreen[] = [
  // A book's or a chapter's code opens the lean landing (the host's own small page, issue 19), not the app.
  {
    label: '扫码听书, the lean landing (a book QR)',
    open: async (page, baseUrl) => {
      await openScreen(page, baseUrl, '/s?scene=b.1', '扫码听书');
      await settled(page, '开始收听');
      await leanLanding(page);
    },
  },
  {
    label: '扫码听书, the lean landing (a chapter QR)',
    open: async (page, baseUrl) => {
      await openScreen(page, baseUrl, '/s?scene=c.2', '扫码听书');
      await settled(page, '开始收听');
      await leanLanding(page);
    },
  },
  {
    label: '扫码听书, the lean landing saying 开始收听 found no signal',
    open: async (page, baseUrl) => {
      await openScreen(page, baseUrl, '/s?scene=b.1', '扫码听书');
      await leanLanding(page);
      await page.context().setOffline(true);
      try {
        await page.locator(CURRENT_PAGE).getByRole('button', { name: '开始收听' }).click();
        await page.locator(CURRENT_PAGE).getByRole('alert').waitFor();
        await page.locator(CURRENT_PAGE).getByRole('button', { name: '开始收听' }).waitFor();
      } finally {
        await page.context().setOffline(false);
      }
    },
  },
  {
    label: '扫码听书 (a forged QR)',
    open: async (page, baseUrl) => {
      await openScreen(page, baseUrl, '/s?scene=b.zzzzzz', '扫码');
      await settled(page, '这个二维码无法识别……');
    },
  },
  {
    label: '听书 player, paused after playing',
    open: async (page, baseUrl) => {
      await page.goto(`${baseUrl}/subpackages/player/index?bookId=1`);
      await settled(page, '文字稿');
      await page.locator(CURRENT_PAGE).getByRole('button', { name: '播放', exact: true }).click();
      await page.waitForFunction(
        () => ((document.getElementById('sp-audio') as HTMLAudioElement | null)?.currentTime ?? 0) > 1,
      );
      await page.locator(CURRENT_PAGE).getByRole('button', { name: '暂停', exact: true }).click();
      await settled(page, '已暂停');
    },
  },
  {
    label: '听书 tab with 继续收听',
    open: async (page, baseUrl) => {
      await openScreen(page, baseUrl, '/pages/books/index', '听书');
      await page.locator(CURRENT_PAGE).getByRole('button', { name: '继续收听', exact: true }).waitFor();
      await settled(page, '全部的书');
    },
  },
  {
    label: '听书 tab, one collection',
    open: async (page, baseUrl) => {
      await openScreen(page, baseUrl, '/pages/books/index', '听书');
      await page
        .locator(CURRENT_PAGE)
        .getByRole('button', { name: /党史故事/ })
        .click();
      await settled(page, '“党史故事”里的书');
    },
  },
  {
    label: '听书 tab, a search that finds nothing',
    open: async (page, baseUrl) => {
      await openScreen(page, baseUrl, '/pages/books/index', '听书');
      await page.getByLabel('按书名找书').fill('没有这本书');
      await page.locator(CURRENT_PAGE).getByRole('button', { name: '搜索', exact: true }).click();
      await settled(page, '没有找到书');
    },
  },
];
