// Read and acknowledged counts and a page of those still to answer, with their numbers as the caller may see them.
import { callApi } from '../../../lib/api-client';

export function getReceipts(noticeId: number, page = 0) {
  return callApi('notices', 'receipts', { noticeId, page });
}
