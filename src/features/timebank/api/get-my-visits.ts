// The helper's own visits, with their status.
import { callApi } from '../../../lib/api-client';

export function getMyVisits() {
  return callApi('timebank', 'myVisits', {});
}
