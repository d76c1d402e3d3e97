// A mediation step (调解记录): when, what happened and who was present, on an open case of the caller's studio.
import { addStepInput, type CaseworkApi } from '../../../../contracts/casework';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireCaseStaff } from '../access';
import { caseMomentProblem, openCaseProblem } from '../rules/casework';

export const addStep = action(
  { access: 'person', input: addStepInput, limit: { points: 120, seconds: 3600 } },
  async function addStep(input, { deps, caller, transaction }): Promise<CaseworkApi['addStep']['output']> {
    const { row } = await requireCaseStaff(deps.database.db, caller, input.caseId, '记录调解');
    const now = deps.now();
    const closed = openCaseProblem(row.status);
    if (closed) throw fail.conflict(closed);
    const problem = caseMomentProblem('调解时间', input.at, row.accepted_at, now);
    if (problem) throw fail.validation(problem);
    return transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('casework_steps')
        .values({
          case_id: row.id,
          kind: 'step',
          at: input.at,
          note: input.note,
          present: input.present ?? null,
          satisfied: null,
          recorded_by: caller.person.id,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit({ entity: 'casework_step', entityId: id, after: { caseId: row.id, kind: 'step', at: input.at } });
      return { step: { id } };
    });
  },
);
