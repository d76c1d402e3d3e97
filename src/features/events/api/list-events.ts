// Upcoming events the member may join (by type), or, for organisers, the events they run.
import type { EventType } from '../../../../contracts/events';
import { callApi } from '../../../lib/api-client';

export function listEvents(type?: EventType, managed?: boolean) {
  return callApi('events', 'list', { ...(type ? { type } : {}), ...(managed ? { managed } : {}) });
}
