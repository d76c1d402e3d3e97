// One post's page: where, when open, this week's shifts.
import { callApi } from '../../../lib/api-client';

export function getPost(id: number) {
  return callApi('volunteer', 'post', { id });
}
