// audiobooks.importProgress: places reached before signing in, joined to the account once.
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export function importProgress(items: ActionInput<'audiobooks', 'importProgress'>['items']) {
  return callApi('audiobooks', 'importProgress', { items });
}
