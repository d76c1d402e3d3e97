// The invitations she has had, newest first.
import { callApi } from '../../../lib/api-client';

export function getMyInvitations() {
  return callApi('talent', 'myInvitations', {});
}
