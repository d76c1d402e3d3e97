// 生成邀请单 asks first: how many slips the sheet will print, and how many earlier codes, given and not used yet,
// it will void (issuing replaces a member's open invitation). Reads only.
import { inviteSheetPlanInput, type AccountApi } from '../../../../contracts/account';
import { action } from '../../../runtime/define-function';
import { INVITERS, sheetTargets } from './invite-sheet-targets';

export const inviteSheetPlan = action(
  {
    access: { roles: INVITERS },
    input: inviteSheetPlanInput,
    limit: { points: 60, seconds: 600 },
  },
  async function inviteSheetPlan(input, ctx): Promise<AccountApi['inviteSheetPlan']['output']> {
    const db = ctx.deps.database.db;
    const { unit, targets, skipped } = await sheetTargets(db, ctx.caller, input.orgUnitId);
    const ids = targets.map((t) => t.id);
    // Only codes that still work count: an expired one voids nothing anyone could use.
    const open =
      ids.length === 0
        ? { n: 0 }
        : await db
            .selectFrom('invitations')
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .where('person_id', 'in', ids)
            .where('used_at', 'is', null)
            .where('revoked_at', 'is', null)
            .where('expires_at', '>', ctx.deps.now().toISOString())
            .executeTakeFirstOrThrow();
    return { branchName: unit.name, slips: targets.length, openCodes: Number(open.n), skipped };
  },
);
