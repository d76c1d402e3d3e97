// Every time her hours moved, each in a sentence.
import { callApi } from '../../../lib/api-client';

export function getMyMovements() {
  return callApi('timebank', 'myMovements', {});
}
