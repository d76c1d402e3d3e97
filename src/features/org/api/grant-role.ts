// An admin grants or takes back a role on a unit in their subtree.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function grantRole(grant: ActionInput<'org', 'grantRole'>, requestId = newRequestId()) {
  return callApi('org', 'grantRole', grant, { requestId });
}

export function revokeRole(grant: ActionInput<'org', 'revokeRole'>, requestId = newRequestId()) {
  return callApi('org', 'revokeRole', grant, { requestId });
}
