// 签退 with the same code.
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export function checkOut(input: ActionInput<'volunteer', 'checkOut'>) {
  return callApi('volunteer', 'checkOut', input);
}
