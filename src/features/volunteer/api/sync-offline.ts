// 补交 the scans kept on the phone while it had no signal.
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export function syncOffline(items: ActionInput<'volunteer', 'syncOffline'>['items']) {
  return callApi('volunteer', 'syncOffline', { items });
}
