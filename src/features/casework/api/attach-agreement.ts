// Keeps an uploaded agreement (a host upload's key or a cloud:// id) on the case.
import { callApi, newRequestId } from '../../../lib/api-client';

export function attachAgreement(caseId: number, fileRef: string, requestId = newRequestId()) {
  return callApi('casework', 'attachAgreement', { caseId, fileRef }, { requestId });
}
