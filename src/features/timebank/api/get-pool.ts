// The street's pool: hours donated and overflowed, and what it paid out.
import { callApi } from '../../../lib/api-client';

export function getPool(orgUnitId: number) {
  return callApi('timebank', 'pool', { orgUnitId });
}
