// Where 返回 leads from the page on show, decided from the page stack: a tab page needs none (the tab bar is there);
// a page reached from another goes back to it; a page opened directly (a QR code, a link) goes to 首页 — never out
// of the app.
import Taro from '@tarojs/taro';
import { backOntoHomeBelow } from './entry-history';
import { TAB_ROUTES, backOnePage, openTab } from './routes';

export type WayBack = 'none' | 'back' | 'home';

const TAB_PATHS: string[] = Object.values(TAB_ROUTES);

/** A route as Taro reports it ("pages/home/index", "/pages/home/index?x=1") reduced to "/pages/home/index". */
function pathOf(route: string): string {
  return '/' + route.replace(/[?#].*$/, '').replace(/^\/+/, '');
}

export function isTabRoute(route: string): boolean {
  return TAB_PATHS.includes(pathOf(route));
}

/** The rule, given the page's route and how many pages are open up to and including it. */
export function wayBackFor(route: string | undefined, depth: number): WayBack {
  if (route !== undefined && isTabRoute(route)) return 'none';
  return depth > 1 ? 'back' : 'home';
}

/** The way back for the page being drawn now: Taro puts a page on the stack before drawing it, so it is the last. */
export function currentWayBack(): WayBack {
  let pages: { route?: string; path?: string }[] = [];
  try {
    pages = Taro.getCurrentPages() as { route?: string; path?: string }[];
  } catch {
    pages = [];
  }
  const top = pages[pages.length - 1];
  return wayBackFor(top?.route ?? top?.path, pages.length);
}

export function goBack(way: WayBack): void {
  if (way === 'back' && Taro.getCurrentPages().length > 1) {
    backOnePage();
    return;
  }
  if (backOntoHomeBelow()) return;
  openTab(TAB_ROUTES.home);
}
