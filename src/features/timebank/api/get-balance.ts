// Her hours: held, spendable now, waiting for a counter-signature, and the relatives she may give to.
import { callApi } from '../../../lib/api-client';

export function getBalance() {
  return callApi('timebank', 'balance', {});
}
