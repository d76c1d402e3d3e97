// audiobooks.importProgress: places reached before signing in, joined to the account once.
import type { AudiobooksApi } from '../../../../contracts/audiobooks';
import { callApi } from '../../../lib/api-client';

type Api = AudiobooksApi['importProgress'];

export function importProgress(input: Api['input']): Promise<Api['output']> {
  return callApi('audiobooks', 'importProgress', input);
}
