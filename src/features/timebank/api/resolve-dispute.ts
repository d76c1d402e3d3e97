// The secretary settles a dispute: credit the visit or not, with a note.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function resolveDispute(input: ActionInput<'timebank', 'resolveDispute'>, requestId = newRequestId()) {
  return callApi('timebank', 'resolveDispute', input, { requestId });
}
