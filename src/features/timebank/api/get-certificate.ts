// A 服务时间证明 as printed: figures, services and its verifying code.
import { callApi } from '../../../lib/api-client';

export function getCertificate(number: string) {
  return callApi('timebank', 'certificateView', { number });
}
