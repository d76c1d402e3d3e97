// Family links (家人代报名) are account actions (people, not events); every family call goes through here, so moving them to
// another function is this one line.
import type { ActionInput, ActionName } from '../../../../contracts/api';
import { callApi, type CallOptions } from '../../../lib/api-client';

const FAMILY_FUNCTION = 'account';
type FamilyFunction = typeof FAMILY_FUNCTION;

export function callFamily<A extends ActionName<FamilyFunction>>(
  action: A,
  data: ActionInput<FamilyFunction, A>,
  options: CallOptions = {},
) {
  return callApi(FAMILY_FUNCTION, action, data, options);
}
