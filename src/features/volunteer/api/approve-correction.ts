// 批准 or 不批准 a correction beyond its record's bound (an admin above the post, not the one who proposed it).
import { callApi, newRequestId } from '../../../lib/api-client';

export function approveCorrection(correctionId: number, approve: boolean, requestId = newRequestId()) {
  return callApi('volunteer', 'approveCorrection', { correctionId, approve }, { requestId });
}
