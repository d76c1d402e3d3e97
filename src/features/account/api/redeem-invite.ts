// Binds this person to the member record their branch secretary invited. The request id lets a reply lost on a
// weak line be resent and recognised by the server (hash of code and id), instead of coming back "已经用过了".
import { callApi, newRequestId } from '../../../lib/api-client';

export function redeemInvite(code: string, requestId = newRequestId()) {
  return callApi('account', 'redeemInvite', { code }, { requestId });
}
