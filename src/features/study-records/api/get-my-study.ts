// The signed-in person's own listening record (学习记录).
import { callApi } from '../../../lib/api-client';

export function getMyStudy() {
  return callApi('audiobooks', 'myStudy', {});
}
