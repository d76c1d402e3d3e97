// The printable certificate's content, for its holder (or an admin over them): what the A4 page shows.
import { certificateViewInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { findCertificateByNumber, movementsInRange } from '../queries/volunteer';
import { reachOver, targetOf } from '../../../access/person-access';
import { sheetFacts } from '../../../certificates/certificates';
import { loadPersonProfile } from '../../../data/people';
import { volunteerNumber } from '../rules/certificate';
import { hoursOf } from '../rules/hours';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

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
      ...sheetFacts('volunteer', 'certificate', cert, movements, deps),
      volunteerNumber: volunteerNumber(cert.person_id),
      records: content.reduce((s, c) => s + c.times, 0),
      services: content.map((c) => ({ post: c.post, service: c.service, hours: hoursOf(c.minutes), times: c.times })),
    };
  },
);
