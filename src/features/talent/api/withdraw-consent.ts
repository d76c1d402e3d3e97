// 撤回同意: one tap (after the confirm); the profile stays, marked.
import { callApi, newRequestId } from '../../../lib/api-client';

export function withdrawConsent(requestId = newRequestId()) {
  return callApi('talent', 'withdrawConsent', {}, { requestId });
}
