// 确认参加 after moving up from the waitlist.
import { callApi, newRequestId } from '../../../lib/api-client';

export function confirmPromotion(eventId: number, requestId = newRequestId()) {
  return callApi('events', 'confirmPromotion', { eventId }, { requestId });
}
