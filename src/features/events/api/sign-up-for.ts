// 替家人报名: signs a linked family member up (the member is told who did it).
import { callApi, newRequestId } from '../../../lib/api-client';

export function signUpFor(eventId: number, forPersonId: number, requestId = newRequestId()) {
  return callApi('events', 'signUp', { eventId, forPersonId }, { requestId });
}
