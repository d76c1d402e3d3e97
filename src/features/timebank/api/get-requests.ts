// Requests: `mine` (asked by her, for her, or helped by her), a unit's (the secretary), or neither: open ones near her.
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export function getRequests(input: ActionInput<'timebank', 'requests'> = {}) {
  return callApi('timebank', 'requests', input);
}
