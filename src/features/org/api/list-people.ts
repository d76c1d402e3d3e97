// The roster in the caller's scope, optionally under one unit and matching a forgiving search.
import type { ActionInput } from '../../../../contracts/api';
import { callApi } from '../../../lib/api-client';

export function listPeople(filter: ActionInput<'org', 'people'>) {
  return callApi('org', 'people', filter);
}
