// The catalogue: collections and their books.
import { callApi } from '../../../lib/api-client';

export function listLibrary() {
  return callApi('audiobooks', 'list', {});
}
