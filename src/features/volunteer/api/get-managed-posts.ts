// The posts the signed-in person manages.
import { callApi } from '../../../lib/api-client';

export function getManagedPosts() {
  return callApi('volunteer', 'managedPosts', {});
}
