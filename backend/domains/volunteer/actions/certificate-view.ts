// The printable certificate's content, for its holder (or an admin over them): what the A4 page shows.
import { certificateViewInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { findCertificateByNumber, movementsInRange } from '../queries/volunteer';
import { reachOver, targetOf } from '../../../access/person-access';
import { loadPersonProfile } from '../../../data/people';
import { certificateStatus, ledgerFingerprint, volunteerNumber, type Issuer } from '../rules/certificate';
import { chinaDay } from '../../../common/china-time';
import { hoursOf } from '../rules/hours';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { certificateCodeUrl, certificateQrKey, verifyUrl } from './certificate-links';

export const certificateView = action(
  {
    access: 'person',
    input: certificateViewInput,
  },
  async function certificateView({ number }, ctx): Promise<VolunteerApi['certificateView']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const cert = await findCertificateByNumber(db, number);
    if (!cert) throw fail.notFound('没有找到这份证明。');
    if (cert.person_id !== caller.person.id) {
      // An admin over the holder, by the one person policy (the holder's home and every role they hold).
      const holder = await loadPersonProfile(db, cert.person_id);
      if (!holder || reachOver(caller, ['admin'], targetOf(holder)) !== 'ok') throw fail.notFound('没有找到这份证明。');
    }
    const movements = await movementsInRange(db, cert.person_id, cert.from_day, cert.to_day);
    const content = JSON.parse(cert.content_json) as {
      post: string;
      service: string;
      minutes: number;
      times: number;
    }[];
    return {
      number: cert.number,
      name: cert.name,
      volunteerNumber: volunteerNumber(cert.person_id),
      from: cert.from_day,
      to: cert.to_day,
      hours: hoursOf(cert.minutes),
      records: content.reduce((s, c) => s + c.times, 0),
      services: content.map((c) => ({ post: c.post, service: c.service, hours: hoursOf(c.minutes), times: c.times })),
      issuer: JSON.parse(cert.issuer_json) as Issuer,
      issuedAt: cert.created_at,
      issuedOn: chinaDay(new Date(cert.created_at)),
      verifyUrl: verifyUrl(cert.number, deps),
      codeUrl: certificateCodeUrl(cert.id, deps),
      qrImage: deps.files.url(certificateQrKey(cert.number, deps)),
      status: certificateStatus(cert, ledgerFingerprint(movements)),
    };
  },
);
