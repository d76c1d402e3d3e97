// How many of the signed-in person's messages are unread (the badge on 首页 and 我的).
import { callApi } from '../../../lib/api-client';

export function getUnreadCount() {
  return callApi('account', 'unreadCount', {});
}
