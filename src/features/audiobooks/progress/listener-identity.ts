// Whether progress can go to the server. H5: only with a saved session token (not one the server refused).
// WeChat: the cloud knows the caller by OPENID, but only members have an account; a refusal makes this
// listener local-only for the rest of the session.
import { readToken } from '../../../lib/session-storage';

let refusedWeapp = false;
let refusedToken: string | null = null;

export function mayHaveAccount(): boolean {
  if (process.env.TARO_ENV === 'weapp') return !refusedWeapp;
  const token = readToken();
  return token !== null && token !== refusedToken;
}

export function markNoAccount(): void {
  if (process.env.TARO_ENV === 'weapp') refusedWeapp = true;
  else refusedToken = readToken();
}
