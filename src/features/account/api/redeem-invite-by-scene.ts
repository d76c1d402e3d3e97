// Accepts an invitation by the scene of its printed QR code (the scan page): the same rules as typing the code.
// `requestId` is kept for the whole attempt, so a resend after a lost answer is recognised, not refused as "used".
import { callApi, newRequestId } from '../../../lib/api-client';

export function redeemInviteByScene(scene: string, requestId = newRequestId()) {
  return callApi('account', 'redeemInvite', { scene }, { requestId });
}
