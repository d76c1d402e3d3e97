// What every kind of certificate shares at the boundary (志愿服务证明, 服务时间证明: contracts/certificate-scene.ts):
// the number and signature fields a verify request carries, the period a certificate covers, and the answers of
// issuing, printing and verifying one. Each kind's function names its actions with these.
import { z } from 'zod';
import { CERTIFICATE_KIND_FACTS, type CertificateKind } from './certificate-scene';
import { day } from './fields';

/** A certificate's number of this kind ("SJ20261203-7KQ2MX"). */
export const certificateNumberField = (kind: CertificateKind) =>
  z
    .string({ required_error: '请填写证明编号。', invalid_type_error: '证明编号不对。' })
    .regex(new RegExp(`^${CERTIFICATE_KIND_FACTS[kind].prefix}\\d{8}-[0-9A-Z]{4,12}$`), '证明编号不对。');

export const certificateSigField = z
  .string({ required_error: '缺少核验码。', invalid_type_error: '这个核验二维码无法识别。' })
  .regex(/^[A-Za-z0-9_-]{8,32}$/, '这个核验二维码无法识别。');

/** The China dates a certificate covers, both included. */
export const certificatePeriod = z.object({ from: day('开始日期'), to: day('结束日期') });
export const periodInOrder = (r: { from: string; to: string }) => r.from <= r.to;
export const PERIOD_ORDER_WORDS = { message: '开始日期要早于结束日期。' };

export const certificateViewInputOf = (kind: CertificateKind) =>
  z.object({ number: certificateNumberField(kind) }).strict();
export const verifyCertificateInputOf = (kind: CertificateKind) =>
  z.object({ number: certificateNumberField(kind), sig: certificateSigField }).strict();

export interface CertificateIssued {
  number: string;
  /** The printable page (app path with the number). */
  url: string;
  /** The public verify page with the number and its signature (what certificates printed before short codes hold). */
  verifyUrl: string;
  /** What the certificate's printed QR encodes: the scan page's short link with the certificate's sealed scene. */
  codeUrl: string;
}

export type CertificateStatus = 'valid' | 'revoked' | 'changed';

export interface Issuer {
  org: string;
  personInCharge: string;
  contact: string;
}

/** What the A4 sheet of any kind shows; each kind adds its own lines. */
export interface CertificateSheetFacts {
  kind: CertificateKind;
  number: string;
  name: string;
  from: string;
  to: string;
  hours: number;
  issuer: Issuer;
  issuedAt: string;
  /** The China date of issue, as printed (YYYY-MM-DD). */
  issuedOn: string;
  verifyUrl: string;
  /** The check code printed beside the number (the verify link's signature), for typing in on the verify page. */
  sig: string;
  /** What the printed QR encodes (see the certificate's `codeUrl`). */
  codeUrl: string;
  /** The QR image of codeUrl (verifyUrl for certificates issued before short codes), as the client fetches it. */
  qrImage: string;
  status: CertificateStatus;
}

/** The public verify page's answer: only what the paper already says, the name masked, never a phone or address. */
export interface CertificateVerdict {
  kind: CertificateKind;
  status: CertificateStatus;
  message: string;
  number?: string;
  /** The name with its middle masked ("夏*华"): enough to match the paper, not to harvest names. */
  name?: string;
  /** The last 4 characters of the volunteer number printed on a 志愿服务证明. */
  volunteerNumberTail?: string;
  from?: string;
  to?: string;
  hours?: number;
  /** Hours the records show now, when they differ from the certificate. */
  hoursNow?: number;
  issuer?: string;
  issuedAt?: string;
  issuedOn?: string;
}
