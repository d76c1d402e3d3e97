// The cases of the caller's studios, masked names only.
import type { CaseworkApi } from '../../../../contracts/casework';
import { callApi } from '../../../lib/api-client';

export function listCases(input: CaseworkApi['list']['input'] = {}) {
  return callApi('casework', 'list', input);
}
