// 报名 one occurrence of a shift; the request id makes a second tap harmless.
import { callApi, newRequestId } from '../../../lib/api-client';

export function joinShift(shiftId: number, occursOn: string, requestId = newRequestId()) {
  return callApi('volunteer', 'joinShift', { shiftId, occursOn }, { requestId });
}
