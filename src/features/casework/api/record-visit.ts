// 来访登记: one request id per press of 保存, so a resend on a bad network records one visit.
import type { CaseworkApi } from '../../../../contracts/casework';
import { callApi, newRequestId } from '../../../lib/api-client';

export function recordVisit(input: CaseworkApi['recordVisit']['input'], requestId = newRequestId()) {
  return callApi('casework', 'recordVisit', input, { requestId });
}
