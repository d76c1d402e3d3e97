// A page of the signed-in person's messages, newest first: the first page, or the page older than `before`.
import { callApi } from '../../../lib/api-client';

export function getMyMessages(before?: number) {
  return callApi('account', 'myMessages', before === undefined ? {} : { before });
}
