// The coverage figure of a unit for a month, with its 12-month trend.
import { callApi } from '../../../lib/api-client';

export function getCoverage(orgUnitId: number, month: string) {
  return callApi('timebank', 'coverage', { orgUnitId, month });
}
