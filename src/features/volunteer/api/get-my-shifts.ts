// 我的班次 still to come.
import { callApi } from '../../../lib/api-client';

export function getMyShifts() {
  return callApi('volunteer', 'myShifts', {});
}
