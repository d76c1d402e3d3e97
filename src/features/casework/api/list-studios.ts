// The studios the signed-in person works at or oversees.
import { callApi } from '../../../lib/api-client';

export function listStudios() {
  return callApi('casework', 'studios', {});
}
