// Withdrawing a notice.
import { callApi, newRequestId } from '../../../lib/api-client';

export function withdrawNotice(noticeId: number) {
  return callApi('notices', 'withdraw', { noticeId }, { requestId: newRequestId() });
}
