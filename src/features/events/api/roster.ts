// 报名名单 and 导出名单 (organisers).
import { callApi } from '../../../lib/api-client';

export function getRoster(eventId: number) {
  return callApi('events', 'roster', { eventId });
}

export function exportRoster(eventId: number) {
  return callApi('events', 'exportRoster', { eventId });
}
