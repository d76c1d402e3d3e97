// The ledger check (an admin's): sums to zero, no balance below its floor, balances equal their movements.
import { callApi } from '../../../lib/api-client';

export function getLedgerCheck() {
  return callApi('timebank', 'ledgerCheck', {});
}
