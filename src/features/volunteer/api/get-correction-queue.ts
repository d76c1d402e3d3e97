// The manager's queue: requests and records to confirm.
import { callApi } from '../../../lib/api-client';

export function getCorrectionQueue() {
  return callApi('volunteer', 'correctionQueue', {});
}
