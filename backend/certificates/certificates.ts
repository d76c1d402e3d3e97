// Issuing, showing and verifying a certificate of any kind (志愿服务证明, 服务时间证明): the steps every kind takes
// alike, around the two things a kind decides itself (which ledger movements it counts, and its own table, written
// and read through the callbacks it passes). Knows no domain: the volunteer and time-bank functions call it.
import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import { certificateScene, type CertificateKind } from '../../contracts/certificate-scene';
import type {
  CertificateIssued,
  CertificateSheetFacts,
  CertificateVerdict,
  Issuer,
} from '../../contracts/certificates';
import { PAGES, type PagePath } from '../../contracts/pages';
import { hoursOf } from '../../contracts/time-words';
import { chinaDay } from '../common/china-time';
import { rootUnitName } from '../data/org-units';
import type { Schema } from '../data/schema';
import { FILE_FOLDERS } from '../files/file-keys';
import type { NewCertificate } from './schema';
import {
  certificateNumber,
  certificateSignature,
  certificateStatus,
  certificateVerdict,
  issuerOf,
  ledgerFingerprint,
  signatureMatches,
  type StoredCertificate,
} from '../rules/certificates';
import { sealedScene, type SealedSceneType } from '../rules/scenes';
import { AppError } from '../runtime/app-error';
import type { Deps } from '../runtime/deps';
import type { Audit } from '../runtime/unit-of-work';
import { scanUrl } from '../scan/qr-image';

/** One public verify page for every kind (it reads the kind from the number); its path is where the first papers printed it. */
export const VERIFY_PAGE = PAGES.volunteer.verify;

type LinkDeps = Pick<Deps, 'sceneKey' | 'config'>;

/**
 * What the printed QR holds: the scan page's short link with the certificate's sealed scene ("z.<id>.<sig>", at most
 * 21 characters), so the code is QR version 3 at the usual PUBLIC_URL where the full verify link made version 6.
 */
export function certificateCodeUrl(sceneType: SealedSceneType, id: number, deps: LinkDeps): string {
  return scanUrl(sealedScene(sceneType, id, deps.sceneKey), deps);
}

/**
 * The public verify page with the number and its signature; on the host a full URL, in WeChat the page path.
 * Certificates printed before short codes hold this link, and it keeps verifying.
 */
export function verifyUrl(number: string, deps: LinkDeps): string {
  const path = `${VERIFY_PAGE}?no=${encodeURIComponent(number)}&sig=${certificateSignature(number, deps.sceneKey)}`;
  return deps.config.publicUrl ? `${deps.config.publicUrl}${path}` : path;
}

/**
 * Where the certificate's QR image is kept. Media files are public, so the name carries the signature too: knowing
 * a certificate's number is not enough to fetch the image that leads to its verify page.
 */
export function certificateQrKey(number: string, deps: Pick<Deps, 'sceneKey'>): string {
  return `${FILE_FOLDERS.qr}/certificate-${number}-${certificateSignature(number, deps.sceneKey)}.png`;
}

/** A kind's certificate as its table keeps it (the holder's name joined in), whatever the table. */
export interface CertificateRow extends StoredCertificate {
  id: number;
  person_id: number;
  content_json: string;
}

export interface CertificateDraft {
  kind: CertificateKind;
  /** The sealed scene of its printed code, which names a row of the kind's table. */
  sceneType: SealedSceneType;
  personId: number;
  from: string;
  to: string;
  /** The ledger movements it counts (the kind chose them): their sum is its minutes, their fingerprint its truth. */
  movements: readonly { id: number; minutes: number }[];
  /** The kind's own lines (what was served where), kept as issued. */
  content: unknown;
  /** The holder's home unit's path: the root of its tree issues. */
  homePath: string;
  /** Its printable page (the kind's own). */
  page: PagePath;
}

/**
 * Issues a certificate: refuses a period with nothing counted, numbers and signs it, writes the row (`insert`, the
 * kind's table) and draws its QR code in one transaction with its audit row, so a failed drawing leaves no
 * certificate without its code. In the host the code is a plain QR of the scan page's short link with the sealed
 * scene; WeChat draws a mini-program code that opens the verify page itself, with the number and signature.
 */
export async function issueCertificate(
  ctx: { deps: Deps; transaction: <T>(work: (trx: Transaction<Schema>, audit: Audit) => Promise<T>) => Promise<T> },
  draft: CertificateDraft,
  insert: (trx: Transaction<Schema>, row: NewCertificate) => Promise<number>,
): Promise<CertificateIssued> {
  const { deps } = ctx;
  const minutes = draft.movements.reduce((s, m) => s + m.minutes, 0);
  if (minutes <= 0) throw new AppError('VALIDATION', '这段时间里没有计入的服务时长，无法开具证明。请换一段时间。');
  const issuer = issuerOf(draft.kind, await rootUnitName(deps.database.db, draft.homePath), process.env);
  const now = deps.now();
  const number = certificateNumber(draft.kind, chinaDay(now), randomBytes(6));
  return ctx.transaction(async (trx, audit) => {
    const id = await insert(trx, {
      number,
      person_id: draft.personId,
      from_day: draft.from,
      to_day: draft.to,
      minutes,
      fingerprint: ledgerFingerprint(draft.movements),
      content_json: JSON.stringify(draft.content),
      issuer_json: JSON.stringify(issuer),
      revoked_at: null,
      created_at: now.toISOString(),
    });
    const codeUrl = certificateCodeUrl(draft.sceneType, id, deps);
    const scene = certificateScene({ number, sig: certificateSignature(number, deps.sceneKey) });
    await deps.files.put(
      certificateQrKey(number, deps),
      await deps.qrImages.draw(scene, codeUrl, VERIFY_PAGE.slice(1)),
      'image/png',
    );
    await audit({
      entity: `${draft.kind}_certificate`,
      entityId: number,
      after: { person: draft.personId, from: draft.from, to: draft.to, minutes },
    });
    return {
      number,
      url: `${draft.page}?no=${encodeURIComponent(number)}`,
      verifyUrl: verifyUrl(number, deps),
      codeUrl,
    };
  });
}

/** What every kind's A4 sheet shows of a stored certificate, with its status against the movements it counts now. */
export function sheetFacts<K extends CertificateKind>(
  kind: K,
  sceneType: SealedSceneType,
  cert: CertificateRow,
  movementsNow: readonly { id: number; minutes: number }[],
  deps: Pick<Deps, 'sceneKey' | 'config' | 'files'>,
): CertificateSheetFacts & { kind: K } {
  return {
    kind,
    number: cert.number,
    name: cert.name,
    from: cert.from_day,
    to: cert.to_day,
    hours: hoursOf(cert.minutes),
    issuer: JSON.parse(cert.issuer_json) as Issuer,
    issuedAt: cert.created_at,
    issuedOn: chinaDay(new Date(cert.created_at)),
    verifyUrl: verifyUrl(cert.number, deps),
    sig: certificateSignature(cert.number, deps.sceneKey),
    codeUrl: certificateCodeUrl(sceneType, cert.id, deps),
    qrImage: deps.files.url(certificateQrKey(cert.number, deps)),
    status: certificateStatus(cert, ledgerFingerprint(movementsNow)),
  };
}

/**
 * The public check: the link's signature first (a forged or altered code learns nothing, not even whether the
 * number exists), then the certificate against the ledger as it is now.
 */
export async function verifyStoredCertificate(
  kind: CertificateKind,
  { number, sig }: { number: string; sig: string },
  deps: Pick<Deps, 'sceneKey'>,
  load: {
    find: (number: string) => Promise<CertificateRow | undefined>;
    movementsOf: (cert: CertificateRow) => Promise<readonly { id: number; minutes: number }[]>;
    extra?: (cert: CertificateRow) => Partial<CertificateVerdict>;
  },
): Promise<CertificateVerdict> {
  if (!signatureMatches(number, sig, deps.sceneKey))
    throw new AppError('QR_INVALID', '这个核验二维码无法识别，证明可能是伪造或被改动过的。');
  const cert = await load.find(number);
  if (!cert) throw new AppError('NOT_FOUND', '没有查到这份证明，它可能是伪造的。');
  return certificateVerdict(kind, cert, await load.movementsOf(cert), load.extra?.(cert) ?? {});
}
