// Saves what she can help with and when (an empty list withdraws the offer).
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function saveOffer(input: ActionInput<'timebank', 'offer'>, requestId = newRequestId()) {
  return callApi('timebank', 'offer', input, { requestId });
}
