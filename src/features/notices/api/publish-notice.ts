// Publishing: one request id per press of 确认发出, so a resend on a bad network publishes once.
import type { NoticesApi } from '../../../../contracts/notices';
import { callApi, newRequestId } from '../../../lib/api-client';

export function publishNotice(input: NoticesApi['publish']['input'], requestId = newRequestId()) {
  return callApi('notices', 'publish', input, { requestId });
}
