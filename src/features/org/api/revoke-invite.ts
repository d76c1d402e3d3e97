// Withdraws an unused invitation: its code and QR stop working.
import { callApi, newRequestId } from '../../../lib/api-client';

export function revokeInvite(invitationId: number, requestId = newRequestId()) {
  return callApi('account', 'revokeInvite', { invitationId }, { requestId });
}
