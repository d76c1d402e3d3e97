// 答应 or 婉拒 one invitation.
import { callApi, newRequestId } from '../../../lib/api-client';

export function answerInvitation(requestId: number, accept: boolean, id = newRequestId()) {
  return callApi('talent', 'answer', { requestId, accept }, { requestId: id });
}
