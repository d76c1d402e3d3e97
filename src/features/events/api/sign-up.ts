// 报名 / 排队等空位 / 申请抽签. One request id per press, reused by 再试一次, so a lost answer is not a second row.
import { callApi, newRequestId } from '../../../lib/api-client';

export function signUp(eventId: number, requestId = newRequestId()) {
  return callApi('events', 'signUp', { eventId }, { requestId });
}
