// 开具志愿服务证明: for the caller's own service between two dates, from the ledger: the hours, what was served where,
// the issuer, a number and the fingerprint of the records counted (backend/certificates: the same for every kind).
// Answers where to print it, its verify link and the short link its printed QR holds.
import { certificateInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { issueCertificate } from '../../../certificates/certificates';
import { movementsInRange } from '../queries/volunteer';
import { action } from '../../../runtime/define-function';
import { CERTIFICATE_PAGE } from '../pages';

export const certificate = action(
  {
    access: 'person',
    input: certificateInput,
    limit: { points: 10, seconds: 600 },
  },
  async function certificate({ from, to }, ctx): Promise<VolunteerApi['certificate']['output']> {
    const { deps, caller } = ctx;
    const movements = await movementsInRange(deps.database.db, caller.person.id, from, to);
    const services = new Map<string, { post: string; service: string; minutes: number; records: Set<number> }>();
    for (const m of movements) {
      const key = `${m.post_name}\u0000${m.service}`;
      const s = services.get(key) ?? { post: m.post_name, service: m.service, minutes: 0, records: new Set<number>() };
      s.minutes += m.minutes;
      if (m.record_id !== null) s.records.add(m.record_id);
      services.set(key, s);
    }
    const content = [...services.values()]
      .filter((s) => s.minutes > 0)
      .map((s) => ({ post: s.post, service: s.service, minutes: s.minutes, times: s.records.size }));
    return issueCertificate(
      ctx,
      {
        kind: 'volunteer',
        sceneType: 'certificate',
        personId: caller.person.id,
        from,
        to,
        movements,
        content,
        homePath: caller.orgUnit.path,
        page: CERTIFICATE_PAGE,
      },
      async (trx, row) =>
        (await trx.insertInto('vol_certificates').values(row).returning('id').executeTakeFirstOrThrow()).id,
    );
  },
);
