// 我的人才档案: her profile (or none yet) and the fields to choose from.
import { callApi } from '../../../lib/api-client';

export function getProfile() {
  return callApi('talent', 'profile', {});
}
