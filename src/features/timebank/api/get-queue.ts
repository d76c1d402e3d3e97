// The secretary's queue: approvals of need, requests nobody took, disputes, visits for elders without a phone.
import { callApi } from '../../../lib/api-client';

export function getQueue() {
  return callApi('timebank', 'queue', {});
}
