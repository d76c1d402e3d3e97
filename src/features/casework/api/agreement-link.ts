// A personal, short-lived link to the agreement (the server records the view).
import { callApi } from '../../../lib/api-client';

export function agreementLink(caseId: number) {
  return callApi('casework', 'agreementLink', { caseId });
}
