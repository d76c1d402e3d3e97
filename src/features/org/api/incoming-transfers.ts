// Transfers waiting for the caller to accept.
import { callApi } from '../../../lib/api-client';

export function incomingTransfers() {
  return callApi('org', 'incomingTransfers', {});
}
