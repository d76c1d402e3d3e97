// What every kind of certificate (志愿服务证明, 服务时间证明) does alike: its number, the signature that makes its
// verify link unguessable, the fingerprint of the ledger movements it counted (so a later movement in its period
// shows as "changed since"), its status, who issues it, and the public verdict with the name masked. Pure: the key,
// the clock's day and the randomness are passed in. Each kind's domain chooses which movements count.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { CERTIFICATE_KIND_FACTS, type CertificateKind } from '../../contracts/certificate-scene';
import type { CertificateStatus, CertificateVerdict, Issuer } from '../../contracts/certificates';
import { hoursOf } from '../../contracts/time-words';
import { chinaDay } from '../common/china-time';
import { maskedName } from '../common/masked-name';

const SIG_LENGTH = 16;
const NUMBER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: it is read aloud over the phone

/** "ZY20261203-7KQ2MX" (or "SJ…"): the kind, the issue date (China) and six characters from `random` bytes. */
export function certificateNumber(kind: CertificateKind, issueDay: string, random: Uint8Array): string {
  const tail = Array.from(random.slice(0, 6), (b) => NUMBER_ALPHABET[b % NUMBER_ALPHABET.length]).join('');
  return `${CERTIFICATE_KIND_FACTS[kind].prefix}${issueDay.replaceAll('-', '')}-${tail}`;
}

/** Over the number alone: the number names its kind, so one key serves every kind without one signing another's. */
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

const ENV_PREFIX: Record<CertificateKind, string> = { volunteer: 'VOLUNTEER_CERT', timebank: 'TIMEBANK_CERT' };
const PERSON_IN_CHARGE: Record<CertificateKind, string> = {
  volunteer: '志愿服务工作负责人（演示）',
  timebank: '时间银行工作负责人（演示）',
};

/**
 * Who issues: the bureau of the tree's root unit; its person in charge and contact are set per deployment and kind
 * (VOLUNTEER_CERT_ORG / _SIGNER / _CONTACT, TIMEBANK_CERT_…; a time-bank certificate falls back to the volunteer's
 * organisation and contact).
 */
export function issuerOf(kind: CertificateKind, rootUnitName: string, env: Record<string, string | undefined>): Issuer {
  const own = (name: string) => env[`${ENV_PREFIX[kind]}_${name}`] ?? env[`${ENV_PREFIX.volunteer}_${name}`];
  return {
    org: own('ORG') ?? `${rootUnitName}委老干部局`,
    personInCharge: env[`${ENV_PREFIX[kind]}_SIGNER`] ?? PERSON_IN_CHARGE[kind],
    contact: own('CONTACT') ?? '0592-5550100（演示）',
  };
}

const STATUS_WORDS: Record<CertificateKind, Record<CertificateStatus, string>> = {
  volunteer: {
    valid: '这份志愿服务证明真实有效，和服务记录一致。',
    revoked: '这份志愿服务证明已经作废，请不要采用。',
    changed: '这份证明开具以后，服务记录有过更正，证明上的时长已经不是现在的记录。请让志愿者重新开具。',
  },
  timebank: {
    valid: '这份服务时间证明真实有效，和时间银行的记录一致。',
    revoked: '这份服务时间证明已经作废，请不要采用。',
    changed: '这份证明开具以后，时间银行里这段时间的记录有了变化，证明上的时间已经不是现在的记录。请让本人重新开具。',
  },
};

/** A stored certificate as the verdict reads it, whatever its kind's table. */
export interface StoredCertificate {
  number: string;
  name: string;
  from_day: string;
  to_day: string;
  minutes: number;
  fingerprint: string;
  issuer_json: string;
  revoked_at: string | null;
  created_at: string;
}

/**
 * The public verdict on a certificate against the movements it would count now: its status in a sentence and what
 * the paper says, the name masked; the hours now only when they changed. `extra` is the kind's own (the volunteer
 * number's tail).
 */
export function certificateVerdict(
  kind: CertificateKind,
  cert: StoredCertificate,
  movementsNow: readonly { id: number; minutes: number }[],
  extra: Partial<CertificateVerdict> = {},
): CertificateVerdict {
  const status = certificateStatus(cert, ledgerFingerprint(movementsNow));
  const minutesNow = movementsNow.reduce((s, m) => s + m.minutes, 0);
  return {
    kind,
    status,
    message: STATUS_WORDS[kind][status],
    number: cert.number,
    name: maskedName(cert.name),
    ...extra,
    from: cert.from_day,
    to: cert.to_day,
    hours: hoursOf(cert.minutes),
    ...(status === 'changed' ? { hoursNow: hoursOf(minutesNow) } : {}),
    issuer: (JSON.parse(cert.issuer_json) as Issuer).org,
    issuedAt: cert.created_at,
    issuedOn: chinaDay(new Date(cert.created_at)),
  };
}
