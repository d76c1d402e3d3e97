// 扫码签到 with the scanned attendance code.
import { callApi, newRequestId } from '../../../lib/api-client';

export function attend(scene: string, requestId = newRequestId()) {
  return callApi('events', 'attend', { scene }, { requestId });
}
