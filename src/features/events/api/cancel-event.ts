// 取消活动: everyone signed up is told.
import { callApi, newRequestId } from '../../../lib/api-client';

export function cancelEvent(eventId: number, requestId = newRequestId()) {
  return callApi('events', 'cancelEvent', { eventId }, { requestId });
}
