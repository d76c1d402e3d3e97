// The volunteer pages (their own subpackage) and the ways there.
import Taro from '@tarojs/taro';

export const VOLUNTEER_ROUTES = {
  post: '/subpackages/volunteer/post/index',
  records: '/subpackages/volunteer/records/index',
  certificate: '/subpackages/volunteer/certificate/index',
  verify: '/subpackages/volunteer/verify/index',
  manage: '/subpackages/volunteer/manage/index',
} as const;

export function openPost(id: number): void {
  void Taro.navigateTo({ url: `${VOLUNTEER_ROUTES.post}?id=${id}` });
}

export function openVolunteerPage(page: 'records' | 'certificate' | 'manage', query = ''): void {
  void Taro.navigateTo({ url: `${VOLUNTEER_ROUTES[page]}${query ? `?${query}` : ''}` });
}
