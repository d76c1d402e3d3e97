// Redeem an invitation: binds the caller (WeChat OPENID, or a new host session) to the invited member record.
// The router keeps no answer for a resend (it would hold a session token): a resend is recognised here, by the
// WeChat user or by a hash of the code and the request id, which only the first sender holds.
// The invitation is named by its typed code or by the signed scene of its printed QR code (qrcode.create); either
// way the same rules follow, and using one uses the other up.
import type { Selectable } from 'kysely';
import { redeemInviteInput, type AccountApi } from '../../../../contracts/account';
import { SCOPES } from '../../../../contracts/roles';
import { reachOver, targetOf } from '../../../access/person-access';
import { loadPersonProfile } from '../../../data/people';
import type { Schema } from '../../../data/schema';
import { hashInviteCode, judgeInvite, redeemerOf } from '../../../rules/invitations';
import { readGrantingScene } from '../../../scan/read-scene';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import type { Deps } from '../../../runtime/deps';
import { toUser } from './user-view';

type InvitationRow = Selectable<Schema['invitations']>;

export const redeemInvite = action(
  {
    access: 'public',
    input: redeemInviteInput,
    // Only failures count, so a family or a class at one Wi-Fi all get in. Per web address or WeChat user: one
    // guesser is stopped alone. Per code prefix (31² of them), across all addresses: many addresses together still
    // cap the guesses, and one who spends a prefix keeps out only the few codes that begin with it.
    limit: [
      { points: 20, seconds: 600, counts: 'failures' },
      {
        points: 60,
        seconds: 600,
        counts: 'failures',
        by: ({ code }) => (code === undefined ? null : `prefix:${code.slice(0, 2)}`),
      },
    ],
    replay: 'handler',
  },
  async function redeemInvite({ code, scene }, ctx): Promise<AccountApi['redeemInvite']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const openid = caller.identity.source === 'wechat' ? caller.identity.openid : null;
    // The schema lets exactly one through; whichever it is, only its holder knows it (for recognising a resend).
    const credential = (scene ?? code) as string;
    const redeemer = redeemerOf(openid, credential, ctx.requestId);
    const what = scene === undefined ? '这个邀请码' : '这个邀请二维码';

    const invite = scene === undefined ? await invitationByCode(db, credential) : await invitationByScene(scene, deps);
    const verdict = judgeInvite(invite, redeemer, deps.now());
    if (verdict === 'used')
      throw new AppError('INVITE_USED', `${what}已经用过了。如果不是您本人用的，请联系支部书记。`);
    if (verdict === 'revoked')
      throw new AppError('INVITE_EXPIRED', `${what}已经作废了，支部书记后来给您发过新的。请用最新的邀请码。`);
    if (verdict === 'expired') throw new AppError('INVITE_EXPIRED', `${what}已经过期了。请找支部书记重新要一个。`);
    if (openid !== null && caller.kind === 'person' && caller.person.id !== invite.person_id) {
      throw fail.conflict('这个微信已经绑定了另一位党员。如需更换，请联系支部书记。');
    }

    if (verdict === 'valid') {
      // Roles may have changed since the code was made: it still works only if the issuer could issue it today.
      const [issuer, invited] = await Promise.all([
        loadPersonProfile(db, invite.created_by),
        loadPersonProfile(db, invite.person_id),
      ]);
      if (!issuer || !invited || reachOver(issuer, SCOPES.manageBranch, targetOf(invited)) !== 'ok') {
        throw new AppError('INVITE_EXPIRED', `${what}已经失效了。请找支部书记重新要一个。`);
      }
      await ctx.transaction(async (trx, audit) => {
        const usedAt = deps.now().toISOString();
        // Conditional update: of two simultaneous redemptions only one can flip used_at.
        const flipped = await trx
          .updateTable('invitations')
          .set({ used_at: usedAt, redeemed_by: redeemer })
          .where('id', '=', invite.id)
          .where('used_at', 'is', null)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(flipped.numUpdatedRows) !== 1) throw new AppError('INVITE_USED', `${what}已经用过了。`);
        if (openid !== null && caller.kind === 'anonymous') {
          await trx
            .insertInto('identities')
            .values({ provider: 'wechat', subject: openid, person_id: invite.person_id, created_at: usedAt })
            .execute();
        }
        await audit({
          entity: 'invitation',
          entityId: invite.id,
          before: { usedAt: null },
          after: { usedAt, personId: invite.person_id },
        });
      });
    }

    // A first redemption or a recognised resend: read the person as they are now (a fresh session version).
    const profile = await loadPersonProfile(db, invite.person_id);
    if (!profile) throw fail.notFound('找不到被邀请的党员，请联系支部书记。');
    // WeChat callers are known by OPENID from now on; host callers get a session token.
    return openid === null
      ? { token: await deps.tokens.issue(profile.person.id, profile.person.session_version), user: toUser(profile) }
      : { user: toUser(profile) };
  },
);

async function invitationByCode(db: Deps['database']['db'], code: string): Promise<InvitationRow> {
  const invite = await db
    .selectFrom('invitations')
    .selectAll()
    .where('code_hash', '=', hashInviteCode(code))
    .executeTakeFirst();
  if (!invite) throw new AppError('INVITE_INVALID', '这个邀请码不对。请核对后再输入，或请支部书记重新给您一个。');
  return invite;
}

/** A forged, altered or stale scene, or another kind of code, is refused before any lookup (QR_INVALID / QR_EXPIRED). */
async function invitationByScene(scene: string, deps: Deps): Promise<InvitationRow> {
  const { id } = readGrantingScene(scene, 'invitation', deps);
  const invite = await deps.database.db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!invite) throw new AppError('INVITE_INVALID', '这个邀请已经不存在了。请找支部书记重新要一个。');
  return invite;
}
