// Whether progress can go to the server, in the mini-program: the cloud knows the caller by OPENID, but only
// members have an account; a refusal makes this listener local-only for the rest of the session.
let refused = false;

export function mayHaveAccount(): boolean {
  return !refused;
}

export function markNoAccount(): void {
  refused = true;
}
