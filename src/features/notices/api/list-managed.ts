// Notices the caller published or manages.
import { callApi } from '../../../lib/api-client';

export function listManaged() {
  return callApi('notices', 'managed', {});
}
