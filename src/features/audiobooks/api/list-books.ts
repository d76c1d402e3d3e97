// audiobooks.list: the library: collections and books, optionally one collection or a title search.
import type { AudiobooksApi } from '../../../../contracts/audiobooks';
import { callApi } from '../../../lib/api-client';

type Api = AudiobooksApi['list'];

export function listBooks(input: Api['input']): Promise<Api['output']> {
  return callApi('audiobooks', 'list', input);
}
