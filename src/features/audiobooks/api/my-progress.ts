// audiobooks.myProgress: where the signed-in listener stopped in each book, newest first.
import type { AudiobooksApi } from '../../../../contracts/audiobooks';
import { callApi } from '../../../lib/api-client';

type Api = AudiobooksApi['myProgress'];

export function myProgress(input: Api['input']): Promise<Api['output']> {
  return callApi('audiobooks', 'myProgress', input);
}
