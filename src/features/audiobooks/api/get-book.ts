// audiobooks.get: one book with its chapters (audio and transcript).
import type { AudiobooksApi } from '../../../../contracts/audiobooks';
import { callApi } from '../../../lib/api-client';

type Api = AudiobooksApi['get'];

export function getBook(input: Api['input']): Promise<Api['output']> {
  return callApi('audiobooks', 'get', input);
}
