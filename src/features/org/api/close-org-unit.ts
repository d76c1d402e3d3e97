// An admin closes an emptied unit.
import { callApi, newRequestId } from '../../../lib/api-client';

export function closeOrgUnit(orgUnitId: number, requestId = newRequestId()) {
  return callApi('org', 'closeOrgUnit', { orgUnitId }, { requestId });
}
