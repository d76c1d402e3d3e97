// Tells the server which WeChat message templates the person accepted: each acceptance allows one message.
import type { SubscribeTemplate } from '../../../../contracts/inbox';
import { callApi, newRequestId } from '../../../lib/api-client';

export function recordConsent(templates: SubscribeTemplate[], requestId = newRequestId()) {
  // One request id per acceptance: a resend must not count one acceptance twice.
  return callApi('account', 'recordConsent', { templates }, { requestId });
}
