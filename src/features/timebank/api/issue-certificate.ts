// 服务时间证明 for a period of her own visits.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function issueCertificate(input: ActionInput<'timebank', 'certificate'>, requestId = newRequestId()) {
  return callApi('timebank', 'certificate', input, { requestId });
}
