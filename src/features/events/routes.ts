// The events feature's pages (subpackage subpackages/events) and the ways there.
import Taro from '@tarojs/taro';

export const EVENT_ROUTES = {
  detail: '/subpackages/events/detail/index',
  mine: '/subpackages/events/mine/index',
  manage: '/subpackages/events/manage/index',
  roster: '/subpackages/events/roster/index',
} as const;

export function openEvent(id: number): void {
  void Taro.navigateTo({ url: `${EVENT_ROUTES.detail}?id=${id}` });
}

export function openMyEvents(): void {
  void Taro.navigateTo({ url: EVENT_ROUTES.mine });
}

export function openManage(): void {
  void Taro.navigateTo({ url: EVENT_ROUTES.manage });
}

export function openRoster(id: number): void {
  void Taro.navigateTo({ url: `${EVENT_ROUTES.roster}?id=${id}` });
}
