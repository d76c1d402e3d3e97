// An admin adds a book to a collection (chapters follow one by one).
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export type NewBook = ActionInput<'audiobooks', 'createBook'>;

export function createBook(book: NewBook) {
  return callApi('audiobooks', 'createBook', book);
}
