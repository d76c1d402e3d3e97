// 核验证明 (public): the certificate's QR leads here. It checks the link's signature, then the certificate against
// the ledger as it is now: valid, revoked, or changed since (a correction in its period). It shows only what the
// paper already says, with the name's middle masked (夏*华) and the last 4 characters of the volunteer number, so
// a genuine QR pasted on a forged paper bearing another name does not match; never the full name or the phone.
// Hours count only records a manager confirmed where the phone alone vouched for them (volunteer-trust.ts).
import { verifyCertificateInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { maskedName } from '../../../common/masked-name';
import { findCertificateByNumber, movementsInRange } from '../queries/volunteer';
import {
  certificateStatus,
  ledgerFingerprint,
  signatureMatches,
  volunteerNumberTail,
  type Issuer,
} from '../rules/certificate';
import { chinaDay } from '../../../common/china-time';
import { hoursOf } from '../rules/hours';
import { AppError } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

const STATUS_WORDS = {
  valid: '这份志愿服务证明真实有效，和服务记录一致。',
  revoked: '这份志愿服务证明已经作废，请不要采用。',
  changed: '这份证明开具以后，服务记录有过更正，证明上的时长已经不是现在的记录。请让志愿者重新开具。',
} as const;

export const verifyCertificate = action(
  {
    access: 'public',
    input: verifyCertificateInput,
    limit: { points: 60, seconds: 60 },
  },
  async function verifyCertificate({ number, sig }, ctx): Promise<VolunteerApi['verifyCertificate']['output']> {
    const { deps } = ctx;
    if (!signatureMatches(number, sig, deps.sceneKey))
      throw new AppError('QR_INVALID', '这个核验二维码无法识别，证明可能是伪造或被改动过的。');
    const db = deps.database.db;
    const cert = await findCertificateByNumber(db, number);
    if (!cert) throw new AppError('NOT_FOUND', '没有查到这份证明，它可能是伪造的。');
    const movements = await movementsInRange(db, cert.person_id, cert.from_day, cert.to_day);
    const status = certificateStatus(cert, ledgerFingerprint(movements));
    const minutesNow = movements.reduce((s, m) => s + m.minutes, 0);
    return {
      status,
      message: STATUS_WORDS[status],
      number: cert.number,
      name: maskedName(cert.name),
      volunteerNumberTail: volunteerNumberTail(cert.person_id),
      from: cert.from_day,
      to: cert.to_day,
      hours: hoursOf(cert.minutes),
      ...(status === 'changed' ? { hoursNow: hoursOf(minutesNow) } : {}),
      issuer: (JSON.parse(cert.issuer_json) as Issuer).org,
      issuedAt: cert.created_at,
      issuedOn: chinaDay(new Date(cert.created_at)),
    };
  },
);
