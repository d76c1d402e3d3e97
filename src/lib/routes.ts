// Going to a screen: every page's path comes from the one table in contracts/pages.ts, and these are the only ways
// there (tab pages need switchTab). Each feature's routes.ts names its own pages from the same table.
import Taro from '@tarojs/taro';
import { PAGES, pageUrl, type PageParams, type PagePath, type TabPath } from '../../contracts/pages';

export const TAB_ROUTES = PAGES.tab;

export const PAGE_ROUTES = {
  login: PAGES.account.login,
  notices: PAGES.notices.list,
  player: PAGES.player.index,
  scan: PAGES.scan.index,
} as const;

export type TabRoute = TabPath;
export type PageRoute = (typeof PAGE_ROUTES)[keyof typeof PAGE_ROUTES];

const TAB_PATHS: ReadonlySet<string> = new Set(Object.values(PAGES.tab));

export function openTab(url: TabRoute): void {
  void Taro.switchTab({ url });
}

/** Opens a secondary page on top of this one, with its query. */
export function openPage(route: PagePath, params: PageParams = {}): void {
  void Taro.navigateTo({ url: pageUrl(route, params) });
}

/** Opens a page in place of this one, so 返回 does not lead back here (a sent form, the scan page). */
export function replacePage(route: PagePath, params: PageParams = {}): void {
  void Taro.redirectTo({ url: pageUrl(route, params) });
}

/**
 * Opens a url already built with its query (a message's link, the playing bar's player), a tab or not. It resolves
 * once the page opens and rejects when WeChat cannot open it (e.g. a page this build does not have yet).
 */
export function openUrl(url: string): Promise<unknown> {
  return TAB_PATHS.has(url) ? Taro.switchTab({ url }) : Taro.navigateTo({ url });
}

/** One step back, to the page below this one. */
export function backOnePage(): void {
  void Taro.navigateBack();
}

/** Leave a secondary page: back if there is somewhere to go back to, else to the given tab. */
export function leavePage(fallback: TabRoute): void {
  if (Taro.getCurrentPages().length > 1) {
    backOnePage();
  } else {
    openTab(fallback);
  }
}

/** An id from a page's query: plain digits of a positive whole number that fits a database id, else undefined. */
export function idParam(value: string | undefined): number | undefined {
  if (value === undefined || !/^[1-9][0-9]{0,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= 2_147_483_647 ? n : undefined;
}
