// One book with its chapters (to show what has been added so far).
import { callApi } from '../../../lib/api-client';

export function getBook(bookId: number) {
  return callApi('audiobooks', 'get', { bookId });
}
