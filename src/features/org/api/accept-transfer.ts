// The receiving secretary accepts a member's transfer.
import { callApi, newRequestId } from '../../../lib/api-client';

export function acceptTransfer(transferId: number, requestId = newRequestId()) {
  return callApi('org', 'acceptTransfer', { transferId }, { requestId });
}
