// Saves display and reading preferences to the person's account so they follow them to a new phone.
import type { Preferences } from '../../../../contracts/account';
import { callApi, newRequestId } from '../../../lib/api-client';

export function updatePreferences(changes: Partial<Preferences>, requestId = newRequestId()) {
  return callApi('account', 'updatePreferences', changes, { requestId });
}
