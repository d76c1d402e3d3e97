// 发布活动 (organisers).
import type { EventsApi } from '../../../../contracts/events';
import { callApi, newRequestId } from '../../../lib/api-client';

export function createEvent(input: EventsApi['create']['input'], requestId = newRequestId()) {
  return callApi('events', 'create', input, { requestId });
}
