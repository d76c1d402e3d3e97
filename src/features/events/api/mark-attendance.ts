// 登记签到 by hand (or take it back) for someone with a seat.
import { callApi } from '../../../lib/api-client';

export function markAttendance(eventId: number, personId: number, attended: boolean) {
  return callApi('events', 'markAttendance', { eventId, personId, attended });
}
