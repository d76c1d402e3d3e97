// A relative types the member's family code: from then on they may sign the member up.
import { newRequestId } from '../../../lib/api-client';
import { callFamily } from './call-family';

export function redeemFamilyCode(code: string, requestId = newRequestId()) {
  return callFamily('redeemFamilyCode', { code }, { requestId });
}
