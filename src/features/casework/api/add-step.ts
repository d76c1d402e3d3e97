// A mediation step on a case.
import type { CaseworkApi } from '../../../../contracts/casework';
import { callApi, newRequestId } from '../../../lib/api-client';

export function addStep(input: CaseworkApi['addStep']['input'], requestId = newRequestId()) {
  return callApi('casework', 'addStep', input, { requestId });
}
