// The notices screens' paths (their own subpackage) and how to open them.
import Taro from '@tarojs/taro';

export const NOTICE_ROUTES = {
  list: '/subpackages/notices/list/index',
  detail: '/subpackages/notices/detail/index',
  publish: '/subpackages/notices/publish/index',
  receipts: '/subpackages/notices/receipts/index',
  manage: '/subpackages/notices/manage/index',
} as const;

type NoticeRoute = (typeof NOTICE_ROUTES)[keyof typeof NOTICE_ROUTES];

export function openNoticePage(url: NoticeRoute, params: Record<string, string | number> = {}): void {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  void Taro.navigateTo({ url: query ? `${url}?${query}` : url });
}

/** After publishing: the new notice replaces the form, so 返回 does not lead back into a sent form. */
export function replaceWithNotice(noticeId: number): void {
  void Taro.redirectTo({ url: `${NOTICE_ROUTES.detail}?id=${noticeId}` });
}
