// 结案 with its outcome.
import type { CaseworkApi } from '../../../../contracts/casework';
import { callApi, newRequestId } from '../../../lib/api-client';

export function closeCase(input: CaseworkApi['close']['input'], requestId = newRequestId()) {
  return callApi('casework', 'close', input, { requestId });
}
