// 接单: the helper takes a request.
import { callApi, newRequestId } from '../../../lib/api-client';

export function acceptRequest(requestId: number, callId = newRequestId()) {
  return callApi('timebank', 'accept', { requestId }, { requestId: callId });
}
