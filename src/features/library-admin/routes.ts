// The admin library screens' paths (their own subpackage).
import Taro from '@tarojs/taro';

export const LIBRARY_ADMIN_ROUTES = {
  poster: '/subpackages/library-admin/poster/index',
  books: '/subpackages/library-admin/books/index',
} as const;

export function openLibraryAdminPage(url: (typeof LIBRARY_ADMIN_ROUTES)[keyof typeof LIBRARY_ADMIN_ROUTES]): void {
  void Taro.navigateTo({ url });
}
