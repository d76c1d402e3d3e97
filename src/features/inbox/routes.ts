// 我的消息's path (its own subpackage) and the way there.
import Taro from '@tarojs/taro';

export const INBOX_ROUTE = '/subpackages/messages/index';

export function openInbox(): void {
  void Taro.navigateTo({ url: INBOX_ROUTE });
}
