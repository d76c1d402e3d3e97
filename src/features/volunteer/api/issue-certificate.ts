// 开具志愿服务证明 for a period.
import { callApi, newRequestId } from '../../../lib/api-client';

export function issueCertificate(from: string, to: string, requestId = newRequestId()) {
  return callApi('volunteer', 'certificate', { from, to }, { requestId });
}
