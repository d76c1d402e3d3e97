// A secretary (or admin) issues a single-use, expiring invitation for a member of a branch in their scope. Only
// for people whose every role lies inside the issuer's scope; one open invitation per person; someone who already
// signs in gets a new one only when they lost their phone, and then every earlier session of theirs ends.
import { createInviteInput, type AccountApi } from '../../../../contracts/account';
import { SCOPES } from '../../../../contracts/roles';
import { reachOver, requireReach, targetOf } from '../../../access/person-access';
import { requireUnitInScope } from '../../../access/unit-scope';
import { grantRole, hasAccount, loadPersonProfile, revokeSessions } from '../../../data/people';
import { hashInviteCode, inviteExpiry } from '../../../rules/invitations';
import { AppError, fail } from '../../../runtime/app-error';
import { action, type ContextFor } from '../../../runtime/define-function';
import { searchKey } from '../../../rules/roster-search';
import { inviteScene } from './invite-scene';
import { issueInvitation, newCode } from './issue-invitation';

const INVITERS = SCOPES.manageBranch;

type Output = AccountApi['createInvite']['output'];
/** What a resend may see again: everything but the code and the signed scene, which are credentials. */
type Kept = Omit<Output['invite'], 'code' | 'scene' | 'url'>;

export const createInvite = action(
  {
    access: { roles: INVITERS },
    input: createInviteInput,
    limit: { points: 60, seconds: 600 },
    // A resent request gets a fresh code for the same invitation: the first code was never stored in plain text.
    replay: {
      keep: ({ invite }: Output): Kept => {
        const { code: _code, scene: _scene, url: _url, ...rest } = invite;
        return rest;
      },
      answer: (kept, ctx) => reissueCode(kept as Kept, ctx),
    },
  },
  async function createInvite(input, ctx): Promise<Output> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now();

    // Resolve whom the invitation is for, and check that issuing it stays inside the caller's scope.
    let target: { personId: number | null; name: string; orgUnitId: number; revokeEarlier: boolean };
    if (input.personId !== undefined) {
      const profile = await loadPersonProfile(db, input.personId);
      if (!profile) throw fail.notFound('没有找到这位党员。');
      if (profile.person.status !== 'active') throw fail.conflict(`${profile.person.name}同志已不在册，不能发邀请码。`);
      requireReach(reachOver(caller, INVITERS, targetOf(profile)), {
        outsideScope: '这位党员不在您管理的支部里，不能为他发邀请码。',
        widerRole: '这位同志在您管理的范围以外还担任职务，不能由您发邀请码。请联系上级管理员办理。',
      });
      const signsIn = await hasAccount(db, profile.person);
      if (signsIn && !input.lostPhone) {
        throw fail.conflict(
          '这位党员已经能登录了，不需要新的邀请码。如果他的手机丢了或换了，请选“手机丢了或换了”再发，旧手机上的登录会同时失效。',
        );
      }
      target = {
        personId: profile.person.id,
        name: profile.person.name,
        orgUnitId: profile.orgUnit.id,
        revokeEarlier: signsIn,
      };
    } else {
      const unit = await requireUnitInScope(db, caller, INVITERS, input.orgUnitId as number, {
        notFound: '没有找到这个支部。',
        forbidden: '这个支部不在您的管理范围内，不能为它发邀请码。',
      });
      if (unit.level !== 'branch') throw fail.validation('党员要加入一个支部，请选择具体的支部。');
      if (unit.closed_at !== null) throw fail.conflict(`“${unit.name}”已经撤销，不能再加入新党员。`);
      target = { personId: null, name: input.name as string, orgUnitId: unit.id, revokeEarlier: false };
    }

    const code = newCode();
    const expiresAt = inviteExpiry(now).toISOString();
    return ctx.transaction(async (trx, audit) => {
      const at = now.toISOString();
      let personId = target.personId;
      if (personId === null) {
        const created = await trx
          .insertInto('people')
          .values({
            name: target.name,
            search_key: searchKey(target.name),
            handle: null,
            org_unit_id: target.orgUnitId,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        personId = created.id;
        await grantRole(trx, { personId, role: 'member', orgUnitId: target.orgUnitId, at });
        await audit({
          entity: 'person',
          entityId: personId,
          after: { name: target.name, orgUnitId: target.orgUnitId },
        });
      }
      if (target.revokeEarlier) {
        // Lost phone: every session and WeChat binding of theirs ends now, and so do the codes they redeemed.
        await revokeSessions(trx, personId, at);
        await trx
          .updateTable('invitations')
          .set({ revoked_at: at })
          .where('person_id', '=', personId)
          .where('revoked_at', 'is', null)
          .execute();
        await audit({ entity: 'person', entityId: personId, after: { sessionsRevoked: true, reason: 'lost-phone' } });
      }
      const invite = await issueInvitation(trx, audit, {
        personId,
        orgUnitId: target.orgUnitId,
        createdBy: caller.person.id,
        code,
        expiresAt,
        at,
      });
      await audit({ entity: 'invitation', entityId: invite.id, after: { personId, expiresAt } });
      // The plain code leaves the server once, in this answer; the database keeps only its hash.
      const { scene, url } = inviteScene(invite.id, expiresAt, deps);
      return {
        invite: {
          code,
          invitationId: invite.id,
          personId,
          personName: target.name,
          orgUnitId: target.orgUnitId,
          expiresAt,
          scene,
          url,
        },
        scene,
      };
    });
  },
);

/** Answers a resend: the same invitation under a new code, while it is still open. */
async function reissueCode(kept: Kept, ctx: ContextFor<{ roles: typeof INVITERS }>): Promise<Output> {
  const code = newCode();
  await ctx.transaction(async (trx, audit) => {
    const changed = await trx
      .updateTable('invitations')
      .set({ code_hash: hashInviteCode(code) })
      .where('id', '=', kept.invitationId)
      .where('created_by', '=', ctx.caller.person.id)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1)
      throw new AppError('INVITE_USED', '这张邀请码已经用过或作废了。如需要，请重新生成一个。');
    await audit({ entity: 'invitation', entityId: kept.invitationId, after: { codeReissued: true } });
  });
  const { scene, url } = inviteScene(kept.invitationId, kept.expiresAt, ctx.deps);
  return { invite: { ...kept, code, scene, url }, scene };
}
