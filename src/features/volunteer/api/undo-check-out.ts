// 撤销签退: take back a 签退 pressed by mistake, within the minutes the server allows; the request id makes a second tap harmless.
import { callApi, newRequestId } from '../../../lib/api-client';

export function undoCheckOut(recordId: number, requestId = newRequestId()) {
  return callApi('volunteer', 'undoCheckOut', { recordId }, { requestId });
}
