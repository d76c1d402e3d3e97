// 我已收到.
import { callApi, newRequestId } from '../../../lib/api-client';

export function acknowledgeNotice(noticeId: number, requestId = newRequestId()) {
  return callApi('notices', 'acknowledge', { noticeId }, { requestId });
}
