// What only a 志愿服务证明 prints: the volunteer number. The rest of a certificate (number, signature, fingerprint,
// status, issuer) is every kind's, in backend/rules/certificates.ts.

/** A volunteer number derived from the person's id: stable, and the same on every certificate. */
export function volunteerNumber(personId: number): string {
  return `ZYZ${String(personId).padStart(8, '0')}`;
}

/** The last 4 characters of the volunteer number: the verify page shows them to match the paper, never the whole. */
export function volunteerNumberTail(personId: number): string {
  return volunteerNumber(personId).slice(-4);
}
