// 受理: one request id per press, so a resend opens one case.
import type { CaseworkApi } from '../../../../contracts/casework';
import { callApi, newRequestId } from '../../../lib/api-client';

export function openCase(input: CaseworkApi['openCase']['input'], requestId = newRequestId()) {
  return callApi('casework', 'openCase', input, { requestId });
}
