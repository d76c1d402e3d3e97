// Binds this person to the member record their branch secretary invited.
import { callApi } from '../../../lib/api-client';

export function redeemInvite(code: string) {
  return callApi('account', 'redeemInvite', { code });
}
