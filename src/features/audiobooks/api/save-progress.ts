// audiobooks.saveProgress: where the listener is and what they heard since the last report. Sent by the progress
// queue, not a tap: its options carry keepalive (a report sent as the page closes) rather than a request id.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, type CallOptions } from '../../../lib/api-client';

export function saveProgress(report: ActionInput<'audiobooks', 'saveProgress'>, options?: CallOptions) {
  return callApi('audiobooks', 'saveProgress', report, options);
}
