// 服务时长: this month, this year, in total.
import { callApi } from '../../../lib/api-client';

export function getMyHours() {
  return callApi('volunteer', 'myHours', {});
}
