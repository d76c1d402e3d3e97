// 提醒: at most once per notice per day.
import { callApi, newRequestId } from '../../../lib/api-client';

export function remindUnread(noticeId: number, requestId = newRequestId()) {
  return callApi('notices', 'remind', { noticeId }, { requestId });
}
