// 申请更正 one of one's own records.
import { callApi, newRequestId } from '../../../lib/api-client';

export function requestCorrection(recordId: number, reason: string, requestId = newRequestId()) {
  return callApi('volunteer', 'requestCorrection', { recordId, reason }, { requestId });
}
