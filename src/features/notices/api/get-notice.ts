// One notice in full.
import { callApi } from '../../../lib/api-client';

export function getNotice(noticeId: number) {
  return callApi('notices', 'get', { noticeId });
}
