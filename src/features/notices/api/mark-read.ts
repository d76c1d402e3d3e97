// Opening a notice marks it read (again changes nothing, so a resend is harmless).
import { callApi, newRequestId } from '../../../lib/api-client';

export function markNoticeRead(noticeId: number, requestId = newRequestId()) {
  return callApi('notices', 'markRead', { noticeId }, { requestId });
}
