// An invitation for a member on the roster: the 8-character code and the signed scene its QR carries.
import { callApi, newRequestId } from '../../../lib/api-client';

export function createInvite(personId: number, lostPhone: boolean, requestId = newRequestId()) {
  return callApi('account', 'createInvite', lostPhone ? { personId, lostPhone } : { personId }, { requestId });
}
