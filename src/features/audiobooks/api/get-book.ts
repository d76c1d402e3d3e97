// audiobooks.get: one book with its chapters (audio and transcript).
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export function getBook(which: ActionInput<'audiobooks', 'get'>) {
  return callApi('audiobooks', 'get', which);
}
