// 扫码签到 with the scanned attendance code.
import { callApi } from '../../../lib/api-client';

export function attend(scene: string, requestId: string) {
  return callApi('events', 'attend', { scene }, { requestId });
}
