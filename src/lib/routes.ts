// Every screen's path in one place, and the two ways to go there (tab pages need switchTab).
import Taro from '@tarojs/taro';

export const TAB_ROUTES = {
  home: '/pages/home/index',
  books: '/pages/books/index',
  events: '/pages/events/index',
  volunteer: '/pages/volunteer/index',
  mine: '/pages/mine/index',
} as const;

export const PAGE_ROUTES = {
  login: '/subpackages/account/login/index',
  notices: '/subpackages/notices/list/index',
  player: '/subpackages/player/index',
  scan: '/subpackages/scan/index',
} as const;

export type TabRoute = (typeof TAB_ROUTES)[keyof typeof TAB_ROUTES];
export type PageRoute = (typeof PAGE_ROUTES)[keyof typeof PAGE_ROUTES];

export function openTab(url: TabRoute): void {
  void Taro.switchTab({ url });
}

export function openPage(url: PageRoute): void {
  void Taro.navigateTo({ url });
}

/** Leave a secondary page: back if there is somewhere to go back to, else to the given tab. */
export function leavePage(fallback: TabRoute): void {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack();
  } else {
    openTab(fallback);
  }
}
