// 更正 a record's hours with a reason (a manager).
import { callApi, newRequestId } from '../../../lib/api-client';

export function correctRecord(recordId: number, hours: number, reason: string, requestId = newRequestId()) {
  return callApi('volunteer', 'correctRecord', { recordId, hours, reason }, { requestId });
}
