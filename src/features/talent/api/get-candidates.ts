// One request's candidates, ranked.
import { callApi } from '../../../lib/api-client';

export function getCandidates(requestId: number) {
  return callApi('talent', 'candidates', { requestId });
}
