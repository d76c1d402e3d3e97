// Withdrawing a notice.
import { callApi, newRequestId } from '../../../lib/api-client';

export function withdrawNotice(noticeId: number, requestId = newRequestId()) {
  return callApi('notices', 'withdraw', { noticeId }, { requestId });
}
