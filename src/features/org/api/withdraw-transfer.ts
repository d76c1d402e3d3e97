// Takes back a transfer the receiving branch has not accepted yet.
import { callApi, newRequestId } from '../../../lib/api-client';

export function withdrawTransfer(transferId: number, requestId = newRequestId()) {
  return callApi('org', 'withdrawTransfer', { transferId }, { requestId });
}
