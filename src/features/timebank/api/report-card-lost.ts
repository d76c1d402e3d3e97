// 挂失: the old card stops working and a new one is made.
import { callApi, newRequestId } from '../../../lib/api-client';

export function reportCardLost(personId: number, requestId = newRequestId()) {
  return callApi('timebank', 'reportCardLost', { personId }, { requestId });
}
