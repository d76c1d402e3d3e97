// 取消报名; a seat passes to the first on the waitlist on the server.
import { callApi, newRequestId } from '../../../lib/api-client';

export function cancelSignUp(eventId: number, requestId = newRequestId()) {
  return callApi('events', 'cancel', { eventId }, { requestId });
}
