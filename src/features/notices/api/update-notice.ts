// Saving an edit (the earlier version is kept on the server).
import type { NoticesApi } from '../../../../contracts/notices';
import { callApi, newRequestId } from '../../../lib/api-client';

export function updateNotice(input: NoticesApi['update']['input'], requestId = newRequestId()) {
  return callApi('notices', 'update', input, { requestId });
}
