// 赠送给家人: hours to a linked direct relative.
import { callApi, newRequestId } from '../../../lib/api-client';

export function giveHours(toPersonId: number, hours: number, requestId = newRequestId()) {
  return callApi('timebank', 'give', { toPersonId, hours }, { requestId });
}
