// A printable sheet of invitations for a whole branch: one slip per 在册 member who does not sign in yet, each with
// a fresh 8-character code and its QR, for members who need help in person. Issuing replaces each member's earlier
// open invitation. The codes are credentials, so a resend is not answered from storage: it issues new ones.
import { inviteSheetInput, type AccountApi, type InviteSlip } from '../../../../contracts/account';
import { SCOPES } from '../../../../contracts/roles';
import { reachOver, targetOf } from '../../../access/person-access';
import { requireUnitInScope } from '../../../access/unit-scope';
import { hasAccount, loadPersonProfile } from '../../../data/people';
import { inviteExpiry } from '../../../rules/invitations';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { issueInvitation, newCode } from './issue-invitation';
import { inviteScene } from './invite-scene';

const INVITERS = SCOPES.manageBranch;
/** A branch prints on a few pages; more than this is a mistake worth a pause. */
const MAX_SLIPS = 300;

export const inviteSheet = action(
  {
    access: { roles: INVITERS },
    input: inviteSheetInput,
    limit: { points: 10, seconds: 600 },
    replay: 'handler',
  },
  async function inviteSheet(input, ctx): Promise<AccountApi['inviteSheet']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const unit = await requireUnitInScope(db, caller, INVITERS, input.orgUnitId, {
      notFound: '没有找到这个支部。',
      forbidden: '这个支部不在您的管理范围内，不能为它打印邀请。',
    });
    if (unit.level !== 'branch') throw fail.validation('邀请单按支部打印，请选择具体的支部。');
    if (unit.closed_at !== null) throw fail.conflict(`“${unit.name}”已经撤销，不能再发邀请。`);
    const members = await db
      .selectFrom('people')
      .select(['id', 'handle'])
      .where('org_unit_id', '=', unit.id)
      .where('status', '=', 'active')
      .orderBy('id')
      .limit(MAX_SLIPS + 1)
      .execute();
    if (members.length > MAX_SLIPS) throw fail.validation(`这个支部超过 ${MAX_SLIPS} 人，请在名单上逐个发邀请。`);

    // Only members without an account, and only those the caller may issue a credential for (not a higher officer).
    const targets: { id: number; name: string }[] = [];
    let skipped = 0;
    for (const m of members) {
      const profile = await loadPersonProfile(db, m.id);
      if (
        !profile ||
        (await hasAccount(db, profile.person)) ||
        reachOver(caller, INVITERS, targetOf(profile)) !== 'ok'
      ) {
        skipped += 1;
        continue;
      }
      targets.push({ id: m.id, name: profile.person.name });
    }
    const now = deps.now();
    const at = now.toISOString();
    const expiresAt = inviteExpiry(now).toISOString();
    const issued = await ctx.transaction(async (trx, audit) => {
      const out: { personId: number; personName: string; code: string; invitationId: number }[] = [];
      for (const t of targets) {
        const code = newCode();
        const row = await issueInvitation(trx, audit, {
          personId: t.id,
          orgUnitId: unit.id,
          createdBy: caller.person.id,
          code,
          expiresAt,
          at,
        });
        out.push({ personId: t.id, personName: t.name, code, invitationId: row.id });
      }
      await audit({
        entity: 'invite_sheet',
        entityId: unit.id,
        after: { invitations: out.map((o) => o.invitationId), skipped },
      });
      return out;
    });
    const slips: InviteSlip[] = [];
    for (const i of issued) {
      const { scene, url } = inviteScene(i.invitationId, expiresAt, deps);
      const png = await deps.qrImages.draw(scene, url);
      slips.push({
        personId: i.personId,
        personName: i.personName,
        code: i.code,
        image: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
        expiresAt,
      });
    }
    return { branchName: unit.name, slips, skipped };
  },
);
