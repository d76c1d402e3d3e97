// An admin takes back a role on a unit in their subtree.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function revokeRole(grant: ActionInput<'org', 'revokeRole'>, requestId = newRequestId()) {
  return callApi('org', 'revokeRole', grant, { requestId });
}
