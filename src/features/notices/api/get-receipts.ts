// Read and acknowledged counts and a page of the call list (optionally searched), numbers as the caller may see them.
import { callApi } from '../../../lib/api-client';

export function getReceipts(noticeId: number, page = 0, query = '') {
  return callApi('notices', 'receipts', { noticeId, page, ...(query ? { query } : {}) });
}
