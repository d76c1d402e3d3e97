// A printable sheet of invitations for a whole branch: one slip per 在册 member who does not sign in yet, each with
// a fresh 8-character code and its QR, for members who need help in person. Issuing replaces each member's earlier
// open invitation. The codes are credentials, so a resend is not answered from storage: it issues new ones.
import { inviteSheetInput, type AccountApi, type InviteSlip } from '../../../../contracts/account';
import { inviteExpiry } from '../../../rules/invitations';
import { action } from '../../../runtime/define-function';
import { issueInvitation, newCode } from './issue-invitation';
import { inviteScene } from './invite-scene';
import { INVITERS, sheetTargets } from './invite-sheet-targets';

export const inviteSheet = action(
  {
    access: { roles: INVITERS },
    input: inviteSheetInput,
    limit: { points: 10, seconds: 600 },
    replay: 'handler',
  },
  async function inviteSheet(input, ctx): Promise<AccountApi['inviteSheet']['output']> {
    const { deps, caller } = ctx;
    const { unit, targets, skipped } = await sheetTargets(deps.database.db, caller, input.orgUnitId);
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
