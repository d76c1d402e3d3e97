// 志愿服务证明: its number, the signature that makes its verify link unguessable, the fingerprint of the records it
// counted (so a later correction shows as "changed since"), and the masked name the public verify page shows.
// Pure: the key and the randomness are passed in.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { CertificateStatus } from '../../../../contracts/volunteer';

const SIG_LENGTH = 16;
const NUMBER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: it is read aloud over the phone

/** "ZY20261203-7KQ2MX": the issue date (China) and six characters from `random` bytes. */
export function certificateNumber(chinaDay: string, random: Uint8Array): string {
  const tail = Array.from(random.slice(0, 6), (b) => NUMBER_ALPHABET[b % NUMBER_ALPHABET.length]).join('');
  return `ZY${chinaDay.replaceAll('-', '')}-${tail}`;
}

export function certificateSignature(number: string, key: string): string {
  return createHmac('sha256', key).update(`certificate:${number}`).digest('base64url').slice(0, SIG_LENGTH);
}

export function signatureMatches(number: string, sig: string, key: string): boolean {
  const expected = Buffer.from(certificateSignature(number, key));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Over the ledger movements the certificate counts: any movement added (a correction) changes it. */
export function ledgerFingerprint(movements: readonly { id: number; minutes: number }[]): string {
  const body = [...movements]
    .sort((a, b) => a.id - b.id)
    .map((m) => `${m.id}:${m.minutes}`)
    .join(',');
  return createHash('sha256').update(body).digest('hex');
}

export function certificateStatus(
  cert: { revoked_at: string | null; fingerprint: string },
  fingerprintNow: string,
): CertificateStatus {
  if (cert.revoked_at) return 'revoked';
  return cert.fingerprint === fingerprintNow ? 'valid' : 'changed';
}

/** A volunteer number derived from the person's id: stable, and the same on every certificate. */
export function volunteerNumber(personId: number): string {
  return `ZYZ${String(personId).padStart(8, '0')}`;
}

/** The last 4 characters of the volunteer number: the verify page shows them to match the paper, never the whole. */
export function volunteerNumberTail(personId: number): string {
  return volunteerNumber(personId).slice(-4);
}

export interface Issuer {
  org: string;
  personInCharge: string;
  contact: string;
}

/** Who issues: the bureau of the tree's root unit; its person in charge and contact are set per deployment. */
export function issuerOf(rootUnitName: string, env: Record<string, string | undefined>): Issuer {
  return {
    org: env.VOLUNTEER_CERT_ORG ?? `${rootUnitName}委老干部局`,
    personInCharge: env.VOLUNTEER_CERT_SIGNER ?? '志愿服务工作负责人（演示）',
    contact: env.VOLUNTEER_CERT_CONTACT ?? '0592-5550100（演示）',
  };
}
