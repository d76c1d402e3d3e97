// 回访: after mediation, a staff member asks the parties how it went; a case closes only once one is logged.
import { followUpInput, type CaseworkApi } from '../../../../contracts/casework';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireCaseStaff } from '../access';
import { caseMomentProblem, openCaseProblem } from '../rules/casework';

export const followUp = action(
  { access: 'person', input: followUpInput, limit: { points: 120, seconds: 3600 } },
  async function followUp(input, { deps, caller, transaction }): Promise<CaseworkApi['followUp']['output']> {
    const { row } = await requireCaseStaff(deps.database.db, caller, input.caseId, '记录回访');
    const now = deps.now();
    const closed = openCaseProblem(row.status);
    if (closed) throw fail.conflict(closed);
    const problem = caseMomentProblem('回访时间', input.at, row.accepted_at, now);
    if (problem) throw fail.validation(problem);
    return transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('casework_steps')
        .values({
          case_id: row.id,
          kind: 'follow_up',
          at: input.at,
          note: input.note,
          present: null,
          satisfied: input.satisfied ? 1 : 0,
          recorded_by: caller.person.id,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit({
        entity: 'casework_step',
        entityId: id,
        after: { caseId: row.id, kind: 'follow_up', at: input.at, satisfied: input.satisfied },
      });
      return { step: { id } };
    });
  },
);
