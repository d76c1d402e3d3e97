// The printable QR image of an open invitation (only its issuer may ask).
import { callApi } from '../../../lib/api-client';

export function inviteQr(invitationId: number) {
  return callApi('qrcode', 'create', { type: 'invitation', id: invitationId });
}
