// The 回访 of a case.
import type { CaseworkApi } from '../../../../contracts/casework';
import { callApi, newRequestId } from '../../../lib/api-client';

export function followUp(input: CaseworkApi['followUp']['input'], requestId = newRequestId()) {
  return callApi('casework', 'followUp', input, { requestId });
}
