// Where the caller may publish.
import { callApi } from '../../../lib/api-client';

export function getTargets() {
  return callApi('notices', 'targets', {});
}
