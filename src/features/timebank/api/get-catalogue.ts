// The services one may ask for, by area, and the words for how urgent.
import { callApi } from '../../../lib/api-client';

export function getCatalogue() {
  return callApi('timebank', 'catalogue', {});
}
