// The manager's requests in her subtree.
import { callApi } from '../../../lib/api-client';

export function getRequests() {
  return callApi('talent', 'requests', {});
}
