// 签到 with the scanned code and where the phone is; the clientId lets the offline queue resend it safely.
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export function checkIn(input: ActionInput<'volunteer', 'checkIn'>) {
  return callApi('volunteer', 'checkIn', input);
}
