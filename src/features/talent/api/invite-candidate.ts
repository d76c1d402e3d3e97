// Invite one candidate to a request.
import { callApi, newRequestId } from '../../../lib/api-client';

export function inviteCandidate(requestId: number, personId: number, id = newRequestId()) {
  return callApi('talent', 'invite', { requestId, personId }, { requestId: id });
}
