// Whether progress can go to the server. H5 (the default): only with a saved session token, and not one the
// server has refused. The mini-program takes listener-identity.weapp.ts in place of this file.
import { readToken } from '../../../lib/session-storage';

let refusedToken: string | null = null;

export function mayHaveAccount(): boolean {
  const token = readToken();
  return token !== null && token !== refusedToken;
}

export function markNoAccount(): void {
  refusedToken = readToken();
}
