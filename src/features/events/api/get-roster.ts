// 报名名单 (organisers).
import { callApi } from '../../../lib/api-client';

export function getRoster(eventId: number) {
  return callApi('events', 'roster', { eventId });
}
