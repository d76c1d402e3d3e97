// Records that a member has passed away, with the date.
import { callApi, newRequestId } from '../../../lib/api-client';

export function markDeceased(personId: number, on: string, requestId = newRequestId()) {
  return callApi('org', 'markDeceased', { personId, on }, { requestId });
}
