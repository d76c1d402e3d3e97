// One unit and its direct children, for stepping down the tree; the server refuses a unit outside the caller's subtree.
import { callApi } from '../../../lib/api-client';

export function getOrgUnits(parentId: number) {
  return callApi('account', 'orgUnits', { parentId });
}
