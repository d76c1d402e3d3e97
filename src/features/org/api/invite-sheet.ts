// Fresh invitations for every member of a branch who does not sign in yet, one slip each, to print.
import { callApi } from '../../../lib/api-client';

export function inviteSheet(orgUnitId: number) {
  return callApi('account', 'inviteSheet', { orgUnitId });
}
