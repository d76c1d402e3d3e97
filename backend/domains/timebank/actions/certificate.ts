// 服务时间证明 (issue 21): the hours a person earned by helping (credited for confirmed visits, not gifts received) in
// a period, issued, printed and verified as every kind of certificate is (backend/certificates). Issued by the person
// themself, or by an official whose subtree reaches them (the one person policy: their home and every role they hold).
import {
  certificateInput,
  certificateViewInput,
  verifyCertificateInput,
  type TimebankApi,
} from '../../../../contracts/timebank';
import { reachOver, requirePersonInReach, targetOf } from '../../../access/person-access';
import { issueCertificate, sheetFacts, verifyStoredCertificate } from '../../../certificates/certificates';
import { loadPersonProfile } from '../../../data/people';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { PAGES } from '../../../../contracts/pages';
import { creditedVisitMovements, findTimeCertificate } from '../queries/certificates';
import { hoursOf } from '../rules/coverage';

const NOT_FOUND = '没有找到这份服务时间证明。';

/** What was helped with, how often and how long: the certificate's lines, from the movements it counts. */
function servicesOf(movements: readonly { minutes: number; service: string }[]) {
  const byService = new Map<string, { service: string; times: number; minutes: number }>();
  for (const m of movements) {
    const s = byService.get(m.service) ?? { service: m.service, times: 0, minutes: 0 };
    s.times += 1;
    s.minutes += m.minutes;
    byService.set(m.service, s);
  }
  return [...byService.values()];
}

export const certificate = action(
  { access: 'person', input: certificateInput, limit: { points: 10, seconds: 600 } },
  async function certificate({ personId, from, to }, ctx): Promise<TimebankApi['certificate']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const holder = await requirePersonInReach(db, caller, personId ?? caller.person.id, {
      scope: 'manageBranch',
      self: 'allowed',
      words: {
        notFound: '没有找到这位服务人。',
        outsideScope: '这位同志不在您管理的范围里，您不能为他开具服务时间证明。',
      },
    });
    const movements = await creditedVisitMovements(db, holder.person.id, from, to);
    return issueCertificate(
      ctx,
      {
        kind: 'timebank',
        sceneType: 'timebankCertificate',
        personId: holder.person.id,
        from,
        to,
        movements,
        content: servicesOf(movements),
        homePath: holder.orgUnit.path,
        page: PAGES.timebank.certificate,
      },
      async (trx, row) =>
        (
          await trx
            .insertInto('tb_certificates')
            .values({ ...row, issued_by: caller.person.id })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
    );
  },
);

export const certificateView = action(
  { access: 'person', input: certificateViewInput },
  async function certificateView({ number }, ctx): Promise<TimebankApi['certificateView']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const cert = await findTimeCertificate(db, number);
    if (!cert) throw fail.notFound(NOT_FOUND);
    if (cert.person_id !== caller.person.id) {
      // Someone else's: only an official who reaches the holder; to anyone else it does not exist.
      const holder = await loadPersonProfile(db, cert.person_id);
      if (!holder || reachOver(caller, 'manageBranch', targetOf(holder)) !== 'ok') throw fail.notFound(NOT_FOUND);
    }
    const movements = await creditedVisitMovements(db, cert.person_id, cert.from_day, cert.to_day);
    const services = JSON.parse(cert.content_json) as { service: string; times: number; minutes: number }[];
    return {
      ...sheetFacts('timebank', 'timebankCertificate', cert, movements, deps),
      visits: services.reduce((s, c) => s + c.times, 0),
      services: services.map((s) => ({ service: s.service, times: s.times, hours: hoursOf(s.minutes) })),
    };
  },
);

/** Public: what the printed code or the typed number and code open; the name masked, never a phone or address. */
export const verifyCertificate = action(
  { access: 'public', input: verifyCertificateInput, limit: { points: 60, seconds: 60 } },
  async function verifyCertificate(input, ctx): Promise<TimebankApi['verifyCertificate']['output']> {
    const db = ctx.deps.database.db;
    return verifyStoredCertificate('timebank', input, ctx.deps, {
      find: (number) => findTimeCertificate(db, number),
      movementsOf: (cert) => creditedVisitMovements(db, cert.person_id, cert.from_day, cert.to_day),
    });
  },
);
