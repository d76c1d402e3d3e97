// Demo-mode login by handle (member1, secretary1 …); the host refuses it outside demo mode.
import { callApi } from '../../../lib/api-client';

export function devLogin(handle: string) {
  return callApi('account', 'devLogin', { handle });
}
