// An admin grants a role on a unit in their subtree.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function grantRole(grant: ActionInput<'org', 'grantRole'>, requestId = newRequestId()) {
  return callApi('org', 'grantRole', grant, { requestId });
}
