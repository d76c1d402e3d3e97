// Marks the person's own messages read: some by id, or all of them. Answers how many are still unread.
import type { InboxApi } from '../../../../contracts/inbox';
import { callApi, newRequestId } from '../../../lib/api-client';

export function markRead(which: InboxApi['markRead']['input'], requestId = newRequestId()) {
  // Marking read twice changes nothing, so a resend after a network failure is harmless.
  return callApi('account', 'markRead', which, { requestId });
}
