// An admin renames a unit.
import { callApi, newRequestId } from '../../../lib/api-client';

export function renameOrgUnit(orgUnitId: number, name: string, requestId = newRequestId()) {
  return callApi('org', 'renameOrgUnit', { orgUnitId, name }, { requestId });
}
