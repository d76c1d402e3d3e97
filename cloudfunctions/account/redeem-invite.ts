// Redeem an invitation: binds the caller (WeChat OPENID, or a new host session) to the invited member record.
import { redeemInviteInput, type AccountApi } from '../../contracts/account';
import { loadPersonProfile } from '../../backend/data/people';
import { hashInviteCode, judgeInvite } from '../../backend/rules/invitations';
import { AppError, fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';
import { toUser } from './user-view';

export const redeemInvite = action({
  access: 'public',
  input: redeemInviteInput,
  async run({ code }, ctx): Promise<AccountApi['redeemInvite']['output']> {
    const { deps, caller } = ctx;
    const openid = caller.identity.source === 'wechat' ? caller.identity.openid : null;
    const redeemer = openid === null ? null : `wechat:${openid}`;

    const invite = await deps.database.db.selectFrom('invitations').selectAll().where('code_hash', '=', hashInviteCode(code)).executeTakeFirst();
    if (!invite) throw new AppError('INVITE_INVALID', '这个邀请码不对。请核对后再输入，或请支部书记重新给您一个。');
    const verdict = judgeInvite(invite, redeemer, deps.now());
    if (verdict === 'used') throw new AppError('INVITE_USED', '这个邀请码已经用过了。如果不是您本人用的，请联系支部书记。');
    if (verdict === 'expired') throw new AppError('INVITE_EXPIRED', '这个邀请码已经过期了。请请支部书记重新给您一个。');
    if (openid !== null && caller.kind === 'person' && caller.person.id !== invite.person_id) {
      throw fail.conflict('这个微信已经绑定了另一位党员。如需更换，请联系支部书记。');
    }

    // A replay (the same WeChat user again) writes nothing; a first redemption flips the invitation once.
    const personId =
      verdict === 'replay'
        ? invite.person_id
        : await ctx.transaction(async (trx, audit) => {
            const usedAt = deps.now().toISOString();
            // Conditional update: of two simultaneous redemptions only one can flip used_at.
            const flipped = await trx
              .updateTable('invitations')
              .set({ used_at: usedAt, redeemed_by: redeemer })
              .where('id', '=', invite.id)
              .where('used_at', 'is', null)
              .executeTakeFirst();
            if (Number(flipped.numUpdatedRows) !== 1) throw new AppError('INVITE_USED', '这个邀请码已经用过了。');
            if (openid !== null && caller.kind === 'anonymous') {
              await trx
                .insertInto('identities')
                .values({ provider: 'wechat', subject: openid, person_id: invite.person_id, created_at: usedAt })
                .execute();
            }
            await audit({ entity: 'invitation', entityId: invite.id, before: { usedAt: null }, after: { usedAt, personId: invite.person_id } });
            return invite.person_id;
          });

    const profile = await loadPersonProfile(deps.database.db, personId);
    if (!profile) throw fail.notFound('找不到被邀请的党员，请联系支部书记。');
    // WeChat callers are known by OPENID from now on; host callers get a session token.
    return openid === null ? { token: await deps.tokens.issue(personId), user: toUser(profile) } : { user: toUser(profile) };
  },
});
