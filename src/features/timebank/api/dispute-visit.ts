// 不对，告诉书记: the visit goes to the secretary with her reason; nothing is credited meanwhile.
import { callApi, newRequestId } from '../../../lib/api-client';

export function disputeVisit(visitId: number, reason: string, requestId = newRequestId()) {
  return callApi('timebank', 'dispute', { visitId, reason }, { requestId });
}
