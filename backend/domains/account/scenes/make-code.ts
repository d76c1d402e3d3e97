// The code of an open invitation, for printing: a signed scene that expires with the invitation, for its issuer
// only. It is a credential like the typed code, so it is kept in neither qr_codes, the audit log nor a stored answer
// for a resend (qrcode.create keeps only which invitation it was).
import type { QrCode } from '../../../../contracts/qrcode';
import { reachOver, targetOf } from '../../../access/person-access';
import { loadPersonProfile } from '../../../data/people';
import { judgeInvite } from '../../../rules/invitations';
import { signedScene } from '../../../rules/scenes';
import { AppError, fail } from '../../../runtime/app-error';
import { INVITERS, type CodeMaker } from '../../../scan/code-maker';
import { storeScanCode } from '../../../scan/qr-image';

/**
 * Only its issuer, and only while they could still issue it (the same test as redeeming). It expires with the
 * invitation and dies with it when it is used, replaced or revoked.
 */
export const makeCode: CodeMaker = async ({ id: invitationId }, ctx, { audited }) => {
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
  if (verdict === 'used' || verdict === 'replay')
    throw new AppError('INVITE_USED', '这个邀请已经用过了，不需要再打印二维码。');
  if (verdict !== 'valid')
    throw new AppError('INVITE_EXPIRED', '这个邀请已经过期或作废了。请重新生成邀请码，再打印二维码。');
  const invited = await loadPersonProfile(db, invite.person_id);
  if (!invited || reachOver(caller, INVITERS, targetOf(invited)) !== 'ok') {
    throw fail.forbidden('这位同志现在不在您的管理范围内，不能由您打印邀请二维码。请联系上级管理员办理。');
  }

  const scene = signedScene('invitation', invite.id, new Date(invite.expires_at), deps.sceneKey);
  const { url, image } = await storeScanCode(scene, deps);
  const qr: QrCode = {
    type: 'invitation',
    id: invite.id,
    scene,
    url,
    image: deps.files.url(image),
    expiresAt: invite.expires_at,
  };
  if (!audited) return qr;
  return ctx.transaction(async (_trx, audit) => {
    await audit({ entity: 'invitation', entityId: invite.id, after: { qrPrinted: true } });
    return qr;
  });
};
