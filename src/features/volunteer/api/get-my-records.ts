// 我的服务记录, newest first.
import { callApi } from '../../../lib/api-client';

export function getMyRecords() {
  return callApi('volunteer', 'myRecords', {});
}
