// 捐给互助池: hours for elders of 80 and more, or in hardship, who have none.
import { callApi, newRequestId } from '../../../lib/api-client';

export function donateHours(hours: number, requestId = newRequestId()) {
  return callApi('timebank', 'donate', { hours }, { requestId });
}
