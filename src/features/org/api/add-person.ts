// A secretary adds a member to their branch by hand.
import type { ActionInput } from '../../../../contracts/api';
import { callApi, newRequestId } from '../../../lib/api-client';

export function addPerson(person: ActionInput<'org', 'addPerson'>, requestId = newRequestId()) {
  return callApi('org', 'addPerson', person, { requestId });
}
