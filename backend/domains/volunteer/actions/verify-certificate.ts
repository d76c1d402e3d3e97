// 核验证明 (public): the certificate's QR leads here. It checks the link's signature, then the certificate against
// the ledger as it is now: valid, revoked, or changed since (a correction in its period) (backend/certificates:
// the same for every kind). It shows only what the paper already says, with the name's middle masked (夏*华) and the
// last 4 characters of the volunteer number, so a genuine QR pasted on a forged paper bearing another name does not
// match; never the full name or the phone. Hours count only records a manager confirmed where the phone alone vouched
// for them (volunteer-trust.ts).
import { verifyCertificateInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { verifyStoredCertificate } from '../../../certificates/certificates';
import { findCertificateByNumber, movementsInRange } from '../queries/volunteer';
import { volunteerNumberTail } from '../rules/certificate';
import { action } from '../../../runtime/define-function';

export const verifyCertificate = action(
  {
    access: 'public',
    input: verifyCertificateInput,
    limit: { points: 60, seconds: 60 },
  },
  async function verifyCertificate(input, ctx): Promise<VolunteerApi['verifyCertificate']['output']> {
    const db = ctx.deps.database.db;
    return verifyStoredCertificate('volunteer', input, ctx.deps, {
      find: (number) => findCertificateByNumber(db, number),
      movementsOf: (cert) => movementsInRange(db, cert.person_id, cert.from_day, cert.to_day),
      extra: (cert) => ({ volunteerNumberTail: volunteerNumberTail(cert.person_id) }),
    });
  },
);
