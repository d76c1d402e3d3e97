// Saves the changed fields of a profile (one's own, or a member of one's branch).
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function updatePerson(change: ActionInput<'org', 'updatePerson'>, requestId = newRequestId()) {
  return callApi('org', 'updatePerson', change, { requestId });
}
