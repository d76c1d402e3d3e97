// 对，确认: the counter-signature (by the elder, a relative, or the secretary for an elder without a phone).
import { callApi, newRequestId } from '../../../lib/api-client';

export function confirmVisit(visitId: number, requestId = newRequestId()) {
  return callApi('timebank', 'confirm', { visitId }, { requestId });
}
