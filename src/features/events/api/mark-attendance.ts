// 登记签到 by hand (or take it back) for someone with a seat; a second tap of the same intent is one change.
import { callApi, newRequestId } from '../../../lib/api-client';

export function markAttendance(eventId: number, personId: number, attended: boolean, requestId = newRequestId()) {
  return callApi('events', 'markAttendance', { eventId, personId, attended }, { requestId });
}
