// The printable QR image of an open invitation (only its issuer may ask).
import { callApi, newRequestId } from '../../../lib/api-client';

export function inviteQr(invitationId: number, requestId = newRequestId()) {
  return callApi('qrcode', 'create', { type: 'invitation', id: invitationId }, { requestId });
}
