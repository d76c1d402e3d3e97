// 请人帮忙: for herself, or for an elder she acts for (forPersonId); the request id makes a second tap harmless.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function postRequest(input: ActionInput<'timebank', 'request'>, requestId = newRequestId()) {
  return callApi('timebank', 'request', input, { requestId });
}
