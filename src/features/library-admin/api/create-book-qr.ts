// The QR code of a book (made once on the server and reused): what the poster prints.
import { callApi, newRequestId } from '../../../lib/api-client';

export function createBookQr(bookId: number, requestId = newRequestId()) {
  return callApi('qrcode', 'create', { type: 'book', id: bookId }, { requestId });
}
