// audiobooks.list: the library: collections and books, optionally one collection or a title search.
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export function listBooks(filter: ActionInput<'audiobooks', 'list'>) {
  return callApi('audiobooks', 'list', filter);
}
