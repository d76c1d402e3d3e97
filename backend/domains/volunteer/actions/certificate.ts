// 开具志愿服务证明: for the caller's own service between two dates, from the ledger: the hours, what was served where,
// the issuer, a number and the fingerprint of the records counted. Answers where to print it, its verify link and
// the short link its printed QR holds.
import { randomBytes } from 'node:crypto';
import { certificateScene } from '../../../../contracts/certificate-scene';
import { certificateInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { movementsInRange, rootUnitName } from '../queries/volunteer';
import { chinaDay } from '../../../common/china-time';
import { certificateNumber, certificateSignature, issuerOf, ledgerFingerprint } from '../rules/certificate';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { certificateCodeUrl, certificateQrKey, certificateUrl, verifyUrl } from './certificate-links';
import { VERIFY_PAGE } from '../pages';

export const certificate = action(
  {
    access: 'person',
    input: certificateInput,
    limit: { points: 10, seconds: 600 },
  },
  async function certificate({ from, to }, ctx): Promise<VolunteerApi['certificate']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const movements = await movementsInRange(db, caller.person.id, from, to);
    const minutes = movements.reduce((s, m) => s + m.minutes, 0);
    if (minutes <= 0) throw fail.validation('这段时间里没有计入的服务时长，无法开具证明。请换一段时间。');
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
    const issuer = issuerOf(await rootUnitName(db, caller.orgUnit.path), process.env);
    const now = deps.now();
    const number = certificateNumber(chinaDay(now), randomBytes(6));
    const link = verifyUrl(number, deps);
    return ctx.transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('vol_certificates')
        .values({
          number,
          person_id: caller.person.id,
          from_day: from,
          to_day: to,
          minutes,
          fingerprint: ledgerFingerprint(movements),
          content_json: JSON.stringify(content),
          issuer_json: JSON.stringify(issuer),
          revoked_at: null,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // In the host a plain QR of the scan page's short link with the sealed scene (it needs the row's id, hence
      // drawn here: a failed drawing leaves no certificate without its code). WeChat draws a mini-program code that
      // opens the verify page itself, with the number and signature as its scene.
      const codeUrl = certificateCodeUrl(id, deps);
      const scene = certificateScene({ number, sig: certificateSignature(number, deps.sceneKey) });
      await deps.files.put(
        certificateQrKey(number, deps),
        await deps.qrImages.draw(scene, codeUrl, VERIFY_PAGE.slice(1)),
        'image/png',
      );
      await audit({ entity: 'vol_certificate', entityId: number, after: { from, to, minutes } });
      return { number, url: certificateUrl(number), verifyUrl: link, codeUrl };
    });
  },
);
