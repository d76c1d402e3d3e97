// Who the current session (H5 token or WeChat OPENID) belongs to.
import { callApi } from '../../../lib/api-client';

export function getMe() {
  return callApi('account', 'me', {});
}
