// 服务菜单 of a unit's subtree.
import { callApi } from '../../../lib/api-client';

export function getMenu(orgUnitId: number) {
  return callApi('talent', 'menu', { orgUnitId });
}
