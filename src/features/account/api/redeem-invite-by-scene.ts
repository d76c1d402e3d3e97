// Accepts an invitation by the scene of its printed QR code (the scan page): the same rules as typing the code.
// `requestId` is kept for the whole attempt, so a resend after a lost answer is recognised, not refused as "used".
import { callApi } from '../../../lib/api-client';

export function redeemInviteByScene(scene: string, requestId: string) {
  return callApi('account', 'redeemInvite', { scene }, { requestId });
}
