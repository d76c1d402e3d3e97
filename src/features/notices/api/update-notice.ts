// Saving an edit (the earlier version is kept on the server).
import type { NoticesApi } from '../../../../contracts/notices';
import { callApi } from '../../../lib/api-client';

export function updateNotice(input: NoticesApi['update']['input'], requestId: string) {
  return callApi('notices', 'update', input, { requestId });
}
