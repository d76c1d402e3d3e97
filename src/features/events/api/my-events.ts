// 我的活动: the caller's events, nearest first.
import { callApi } from '../../../lib/api-client';

export function getMyEvents() {
  return callApi('events', 'myEvents', {});
}
