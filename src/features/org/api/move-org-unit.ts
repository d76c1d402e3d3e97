// An admin moves a unit (with everything below it) under another parent of the right level.
import { callApi, newRequestId } from '../../../lib/api-client';

export function moveOrgUnit(orgUnitId: number, newParentId: number, requestId = newRequestId()) {
  return callApi('org', 'moveOrgUnit', { orgUnitId, newParentId }, { requestId });
}
