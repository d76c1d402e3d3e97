// 服务统计 over the caller's posts (or a unit, for an admin).
import { callApi } from '../../../lib/api-client';

export function getReport(from: string, to: string, orgUnitId?: number) {
  return callApi('volunteer', 'report', { from, to, ...(orgUnitId ? { orgUnitId } : {}) });
}
