// How many notices the person has not opened (the badge on 首页 and 我的).
import { callApi } from '../../../lib/api-client';

export function getNoticeUnreadCount() {
  return callApi('notices', 'unreadCount', {});
}
