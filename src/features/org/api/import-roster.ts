// Checks (dryRun) or imports an uploaded roster file.
import { callApi, newRequestId } from '../../../lib/api-client';

export function importRoster(fileRef: string, dryRun: boolean, requestId = newRequestId()) {
  return callApi('org', 'importRoster', { fileRef, dryRun }, { requestId });
}
