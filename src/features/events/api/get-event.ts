// One event with its seats and the caller's own status and place.
import { callApi } from '../../../lib/api-client';

export function getEvent(eventId: number) {
  return callApi('events', 'get', { eventId });
}
