// 附近驿站: every post, nearest first when a location is given.
import { callApi } from '../../../lib/api-client';

export function getPosts(near?: { lat: number; lng: number }) {
  return callApi('volunteer', 'posts', near ? { near } : {});
}
