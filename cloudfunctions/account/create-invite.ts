// A secretary (or admin) issues a single-use, expiring invitation for a member of a branch in their scope.
import { randomBytes } from 'node:crypto';
import { createInviteInput, type AccountApi } from '../../contracts/account';
import { findOrgUnit } from '../../backend/data/org-units';
import { loadPersonProfile } from '../../backend/data/people';
import { hashInviteCode, inviteCodeFromBytes, inviteExpiry } from '../../backend/rules/invitations';
import { canActOn } from '../../backend/rules/org-scope';
import { fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';

const INVITERS = ['secretary', 'admin'] as const;

export const createInvite = action({
  access: { roles: INVITERS },
  input: createInviteInput,
  async run(input, ctx): Promise<AccountApi['createInvite']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();

    // Resolve whom the invitation is for, and check the branch is inside the caller's scope.
    let target: { personId: number | null; name: string; orgUnitId: number };
    if (input.personId !== undefined) {
      const profile = await loadPersonProfile(db, input.personId);
      if (!profile) throw fail.notFound('没有找到这位党员。');
      if (!canActOn(caller.grants, INVITERS, profile.orgUnit.path)) throw fail.forbidden('这位党员不在您管理的支部里，不能为他发邀请码。');
      target = { personId: profile.person.id, name: profile.person.name, orgUnitId: profile.orgUnit.id };
    } else {
      const unit = await findOrgUnit(db, input.orgUnitId as number);
      if (!unit) throw fail.notFound('没有找到这个支部。');
      if (!canActOn(caller.grants, INVITERS, unit.path)) throw fail.forbidden('这个支部不在您的管理范围内，不能为它发邀请码。');
      if (unit.level !== 'branch') throw fail.validation('党员要加入一个支部，请选择具体的支部。');
      target = { personId: null, name: input.name as string, orgUnitId: unit.id };
    }

    const code = inviteCodeFromBytes(randomBytes(8));
    const expiresAt = inviteExpiry(now).toISOString();
    const stored = await ctx.transaction(async (trx, audit) => {
      let personId = target.personId;
      if (personId === null) {
        const created = await trx
          .insertInto('people')
          .values({ name: target.name, handle: null, org_unit_id: target.orgUnitId, created_at: now.toISOString(), updated_at: now.toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow();
        personId = created.id;
        await trx
          .insertInto('role_grants')
          .values({ person_id: personId, role: 'member', org_unit_id: target.orgUnitId, created_at: now.toISOString() })
          .execute();
        await audit({ entity: 'person', entityId: personId, after: { name: target.name, orgUnitId: target.orgUnitId } });
      }
      const invite = await trx
        .insertInto('invitations')
        .values({ code_hash: hashInviteCode(code), person_id: personId, org_unit_id: target.orgUnitId, created_by: caller.person.id, expires_at: expiresAt, used_at: null, redeemed_by: null, created_at: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit({ entity: 'invitation', entityId: invite.id, after: { personId, expiresAt } });
      // The plain code is returned once (and kept in the retry record so a resent request gets the same code).
      return { code, personId, personName: target.name, orgUnitId: target.orgUnitId, expiresAt };
    });
    return { invite: stored };
  },
});
