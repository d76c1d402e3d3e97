// An admin adds a unit under one in their subtree.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function createOrgUnit(unit: ActionInput<'org', 'createOrgUnit'>, requestId = newRequestId()) {
  return callApi('org', 'createOrgUnit', unit, { requestId });
}
