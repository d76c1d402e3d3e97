// The helper scans the elder's card at the door: 'in' on arrival, 'out' when leaving; the location is a hint.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function scanCard(kind: 'in' | 'out', input: ActionInput<'timebank', 'checkIn'>, requestId = newRequestId()) {
  return callApi('timebank', kind === 'in' ? 'checkIn' : 'checkOut', input, { requestId });
}
