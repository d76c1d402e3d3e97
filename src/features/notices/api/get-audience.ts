// "将发给 … 的 N 位党员": who a notice to this unit reaches now.
import { callApi } from '../../../lib/api-client';

export function getAudience(orgUnitId: number) {
  return callApi('notices', 'audience', { orgUnitId });
}
