// Asks to move a member to another branch; it happens when that branch's secretary accepts.
import { callApi, newRequestId } from '../../../lib/api-client';

export function transferPerson(personId: number, toOrgUnitId: number, requestId = newRequestId()) {
  return callApi('org', 'transfer', { personId, toOrgUnitId }, { requestId });
}
