// 确认 a record (a manager).
import { callApi, newRequestId } from '../../../lib/api-client';

export function confirmRecord(recordId: number, requestId = newRequestId()) {
  return callApi('volunteer', 'confirmRecord', { recordId }, { requestId });
}
