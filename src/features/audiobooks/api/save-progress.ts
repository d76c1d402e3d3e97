// audiobooks.saveProgress: where the listener is and what they heard since the last report.
import type { AudiobooksApi } from '../../../../contracts/audiobooks';
import { callApi, type CallOptions } from '../../../lib/api-client';

type Api = AudiobooksApi['saveProgress'];

export function saveProgress(input: Api['input'], options?: CallOptions): Promise<Api['output']> {
  return callApi('audiobooks', 'saveProgress', input, options);
}
