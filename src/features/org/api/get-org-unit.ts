// One unit with its direct children (the caller's own top unit without an id).
import { callApi } from '../../../lib/api-client';

export function getOrgUnit(orgUnitId?: number) {
  return callApi('org', 'orgUnit', orgUnitId === undefined ? {} : { orgUnitId });
}
