// An admin adds a book to a collection (chapters follow one by one).
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export type NewBook = ActionInput<'audiobooks', 'createBook'>;

/** `requestId` names this one submission: a resend on a weak network cannot add it twice. */
export function createBook(book: NewBook, requestId = newRequestId()) {
  return callApi('audiobooks', 'createBook', book, { requestId });
}
