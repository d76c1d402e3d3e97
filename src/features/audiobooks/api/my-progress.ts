// audiobooks.myProgress: where the signed-in listener stopped in each book, newest first.
import { callApi } from '../../../lib/api-client';

export function myProgress() {
  return callApi('audiobooks', 'myProgress', {});
}
