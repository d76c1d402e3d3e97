// A 服务时间证明's printable content, for its holder (or an official over them).
import { callApi } from '../../../lib/api-client';

export function getCertificate(number: string) {
  return callApi('timebank', 'certificateView', { number });
}
