// One case in full (the server records the view).
import { callApi } from '../../../lib/api-client';

export function getCase(caseId: number) {
  return callApi('casework', 'get', { caseId });
}
