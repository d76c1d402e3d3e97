// A secretary withdraws an invitation that was not used yet (a slip handed to the wrong person, a member who
// declined): its code and QR stop working at once. Withdrawing one already withdrawn is answered the same.
import { revokeInviteInput, type AccountApi } from '../../../../contracts/account';
import { SCOPES } from '../../../../contracts/roles';
import { canActOn } from '../../../rules/org-scope';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

export const revokeInvite = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: revokeInviteInput,
    limit: { points: 60, seconds: 600 },
  },
  async function revokeInvite(input, ctx): Promise<AccountApi['revokeInvite']['output']> {
    const db = ctx.deps.database.db;
    const invite = await db
      .selectFrom('invitations')
      .innerJoin('people', 'people.id', 'invitations.person_id')
      .innerJoin('org_units', 'org_units.id', 'invitations.org_unit_id')
      .select([
        'invitations.id',
        'invitations.used_at',
        'invitations.revoked_at',
        'invitations.created_by',
        'people.name',
        'org_units.path',
      ])
      .where('invitations.id', '=', input.invitationId)
      .executeTakeFirst();
    if (!invite) throw fail.notFound('没有找到这个邀请。');
    if (invite.created_by !== ctx.caller.person.id && !canActOn(ctx.caller.grants, SCOPES.manageBranch, invite.path))
      throw fail.forbidden('这个邀请不在您管理的支部里，不能由您作废。');
    if (invite.used_at !== null)
      throw new AppError(
        'INVITE_USED',
        `${invite.name}同志已经用这个邀请码登录了，不能再作废。如果他的手机丢了，请重新发邀请码并选“手机丢了或换了”。`,
      );
    const message = `给${invite.name}同志的邀请码已经作废，这个邀请码和二维码都不能再用了。`;
    if (invite.revoked_at !== null) return { message };
    const at = ctx.deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      await trx
        .updateTable('invitations')
        .set({ revoked_at: at })
        .where('id', '=', invite.id)
        .where('revoked_at', 'is', null)
        .execute();
      await audit({
        entity: 'invitation',
        entityId: invite.id,
        before: { revokedAt: null },
        after: { revokedAt: at, reason: 'withdrawn' },
      });
      return { message };
    });
  },
);
