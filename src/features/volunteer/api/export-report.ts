// 导出服务统计 as .xlsx (a personal link for 10 minutes).
import { callApi, newRequestId } from '../../../lib/api-client';

export function exportReport(from: string, to: string, requestId = newRequestId()) {
  return callApi('volunteer', 'exportReport', { from, to }, { requestId });
}
