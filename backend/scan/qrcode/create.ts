// A QR code for a book, a chapter or an invitation. Only those who print posters or invite members may ask (each
// new code spends WeChat's wxacode quota), and each new code is audited.
// Books and chapters: a plain scene, made once (WeChat limits how fast codes can be made), stored, reused.
// Invitations: a signed scene that expires with the invitation, for its issuer only. It is a credential like the
// typed code, so it is kept in neither qr_codes, the audit log nor a stored answer for a resend.
import { createQrInput, type QrCode } from '../../../contracts/qrcode';
import { SCOPES, type Role } from '../../../contracts/roles';
import { reachOver, targetOf } from '../../access/person-access';
import { loadPersonProfile } from '../../data/people';
import { judgeInvite } from '../../rules/invitations';
import { plainScene, signedScene } from '../../rules/scenes';
import { findListenTarget } from '../../domains/audiobooks/scenes/resolve';
import { AppError, fail } from '../../runtime/app-error';
import { action, type ContextFor } from '../../runtime/define-function';
import { storeScanCode } from '../qr-image';
import { eventQr } from '../../domains/events/scenes/make-code';
import { postQr } from '../../domains/volunteer/scenes/make-code';


const INVITERS = SCOPES.manageBranch;
const QR_MAKERS: readonly Role[] = [...new Set<Role>([...SCOPES.printPosters, ...INVITERS, 'post_manager'])];

type Context = ContextFor<{ roles: typeof QR_MAKERS }>;
/** What a resend may see again: a book's code as it was; of an invitation's, only which one it was. */
type Kept = QrCode | { type: 'invitation'; id: number };

export const create = action({
  access: { roles: QR_MAKERS },
  input: createQrInput,
  limit: { points: 30, seconds: 60 },
  replay: {
    keep: (qr: QrCode): Kept => (qr.type === 'invitation' ? { type: qr.type, id: qr.id } : qr),
    answer: async (kept, ctx) => {
      const k = kept as Kept;
      return 'scene' in k ? k : invitationQr(k.id, ctx, false);
    },
  },
}, async function create({ type, id }, ctx): Promise<QrCode> {
    if (type === 'invitation') return invitationQr(id, ctx, true);
    if (type === 'event' || type === 'attendance') return eventQr(type, id, ctx.caller, ctx.deps, ctx.transaction);
    if (type === 'post' || type === 'checkin') return postQr(type, id, ctx);
    if (!ctx.caller.grants.some((g) => (SCOPES.printPosters as readonly Role[]).includes(g.role))) throw fail.forbidden();
    const { deps } = ctx;
    const db = deps.database.db;
    const target = await findListenTarget(db, type, id);
    if (!target) throw fail.notFound('没有找到要生成二维码的内容。');
    const scene = plainScene(type, id);
    const stored = await db.selectFrom('qr_codes').select(['scene', 'url', 'image']).where('scene', '=', scene).executeTakeFirst();
    if (stored) return { type, id, scene, url: stored.url, image: deps.files.url(stored.image) };

    const { url, image } = await storeScanCode(scene, deps);
    return ctx.transaction(async (trx, audit) => {
      // Two people asking at once both made the same image; the first row stays.
      await trx
        .insertInto('qr_codes')
        .values({ scene, type, target_id: id, url, image, created_at: deps.now().toISOString() })
        .onConflict((oc) => oc.column('scene').doNothing())
        .execute();
      await audit({ entity: 'qr_code', entityId: scene, after: { type, id } });
      return { type, id, scene, url, image: deps.files.url(image) };
    });
  });

/**
 * An open invitation's code, for printing: only its issuer, and only while they could still issue it (the same
 * test as redeeming). It expires with the invitation and dies with it when it is used, replaced or revoked.
 */
async function invitationQr(invitationId: number, ctx: Context, audited: boolean): Promise<QrCode> {
  const { deps, caller } = ctx;
  const db = deps.database.db;
  const invite = await db
    .selectFrom('invitations')
    .select(['id', 'person_id', 'created_by', 'expires_at', 'used_at', 'redeemed_by', 'revoked_at'])
    .where('id', '=', invitationId)
    .executeTakeFirst();
  if (!invite) throw fail.notFound('没有找到这个邀请。请回到邀请页面，重新生成邀请码。');
  if (invite.created_by !== caller.person.id) throw fail.forbidden('这个邀请不是您发的，不能由您打印它的二维码。');
  const verdict = judgeInvite(invite, null, deps.now());
  if (verdict === 'used' || verdict === 'replay') throw new AppError('INVITE_USED', '这个邀请已经用过了，不需要再打印二维码。');
  if (verdict !== 'valid') throw new AppError('INVITE_EXPIRED', '这个邀请已经过期或作废了。请重新生成邀请码，再打印二维码。');
  const invited = await loadPersonProfile(db, invite.person_id);
  if (!invited || reachOver(caller, INVITERS, targetOf(invited)) !== 'ok') {
    throw fail.forbidden('这位同志现在不在您的管理范围内，不能由您打印邀请二维码。请联系上级管理员办理。');
  }

  const scene = signedScene('invitation', invite.id, new Date(invite.expires_at), deps.sceneKey);
  const { url, image } = await storeScanCode(scene, deps);
  const qr: QrCode = { type: 'invitation', id: invite.id, scene, url, image: deps.files.url(image), expiresAt: invite.expires_at };
  if (!audited) return qr;
  return ctx.transaction(async (_trx, audit) => {
    await audit({ entity: 'invitation', entityId: invite.id, after: { qrPrinted: true } });
    return qr;
  });
}
