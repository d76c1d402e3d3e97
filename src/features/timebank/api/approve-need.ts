// The secretary's decision on need (spending before 70, or hardship).
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function approveNeed(input: ActionInput<'timebank', 'approveNeed'>, requestId = newRequestId()) {
  return callApi('timebank', 'approveNeed', input, { requestId });
}
