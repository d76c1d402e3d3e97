// 确认参加 after moving up from the waitlist.
import { callApi } from '../../../lib/api-client';

export function confirmPromotion(eventId: number, requestId: string) {
  return callApi('events', 'confirmPromotion', { eventId }, { requestId });
}
