// A unit asks the pool for help.
import type { TalentApi } from '../../../../contracts/talent';
import { callApi, newRequestId } from '../../../lib/api-client';

export function postRequest(input: TalentApi['postRequest']['input'], requestId = newRequestId()) {
  return callApi('talent', 'postRequest', input, { requestId });
}
