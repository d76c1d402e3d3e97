// 结案: the outcome (调解成功, 未成功, or 转交 naming where), only once the 回访 is logged. A resend of the same
// request is answered from the first (the router); a second close of a closed case is refused.
import { closeInput, type CaseworkApi } from '../../../../contracts/casework';
import { lockForUpdate } from '../../../common/row-locks';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireCaseStaff } from '../access';
import { countFollowUps, findCase } from '../queries/casework';
import { closeProblem } from '../rules/casework';

export const close = action(
  { access: 'person', input: closeInput, limit: { points: 60, seconds: 3600 } },
  async function close(input, { deps, caller, transaction }): Promise<CaseworkApi['close']['output']> {
    await requireCaseStaff(deps.database.db, caller, input.caseId, '结案');
    const now = deps.now().toISOString();
    return transaction(async (trx, audit) => {
      await lockForUpdate(trx, 'casework_cases', input.caseId);
      const row = (await findCase(trx, input.caseId))!;
      const problem = closeProblem(row.status, await countFollowUps(trx, row.id));
      if (problem) throw fail.conflict(problem);
      const change = {
        status: 'closed' as const,
        outcome: input.outcome,
        referred_office: input.referredTo?.office ?? null,
        referred_name: input.referredTo?.name ?? null,
        closed_at: now,
      };
      await trx.updateTable('casework_cases').set(change).where('id', '=', row.id).execute();
      await audit({ entity: 'casework_case', entityId: row.id, before: { status: row.status }, after: change });
      return { case: { id: row.id, status: 'closed' as const, outcome: input.outcome } };
    });
  },
);
