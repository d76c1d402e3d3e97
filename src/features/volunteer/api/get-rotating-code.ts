// The rotating code the manager's phone shows (asked again every 30 s).
import { callApi } from '../../../lib/api-client';

export function getRotatingCode(postId: number) {
  return callApi('volunteer', 'rotatingCode', { postId });
}
