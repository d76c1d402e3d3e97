// 取消报名 before the shift starts.
import { callApi, newRequestId } from '../../../lib/api-client';

export function leaveShift(shiftId: number, occursOn: string, requestId = newRequestId()) {
  return callApi('volunteer', 'leaveShift', { shiftId, occursOn }, { requestId });
}
