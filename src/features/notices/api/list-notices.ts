// The signed-in person's notices: pinned on top, then unread, then newest.
import { callApi } from '../../../lib/api-client';

export function listNotices() {
  return callApi('notices', 'list', {});
}
