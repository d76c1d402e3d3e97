// 开具服务时间证明 for a period (her own hours earned by helping).
import { callApi, newRequestId } from '../../../lib/api-client';

export function issueCertificate(from: string, to: string, requestId = newRequestId()) {
  return callApi('timebank', 'certificate', { from, to }, { requestId });
}
