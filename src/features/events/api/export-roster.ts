// 导出名单 (organisers): a personal link to the .xlsx.
import { callApi } from '../../../lib/api-client';

export function exportRoster(eventId: number) {
  return callApi('events', 'exportRoster', { eventId });
}
