// The member removes a relative's link.
import { newRequestId } from '../../../lib/api-client';
import { callFamily } from './call-family';

export function removeRelative(relativeId: number, requestId = newRequestId()) {
  return callFamily('removeRelative', { relativeId }, { requestId });
}
