// 取消活动: everyone signed up is told, with the reason.
import { callApi, newRequestId } from '../../../lib/api-client';

export function cancelEvent(eventId: number, reason: string, requestId = newRequestId()) {
  return callApi('events', 'cancelEvent', { eventId, reason }, { requestId });
}
