// 来访登记: a staff member on duty records who came (a resident; name and phone kept private), about what, and what
// was done. Dated when it happened, never in the future.
import { recordVisitInput, type CaseworkApi } from '../../../../contracts/casework';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireStaffAt } from '../access';
import { pastMomentProblem } from '../rules/casework';

export const recordVisit = action(
  {
    access: 'person',
    input: recordVisitInput,
    // A studio's busiest morning is a few dozen visitors; more is a script.
    limit: { points: 120, seconds: 3600 },
  },
  async function recordVisit(input, { deps, caller, transaction }): Promise<CaseworkApi['recordVisit']['output']> {
    const db = deps.database.db;
    await requireStaffAt(db, caller, input.studioId, '登记来访');
    const now = deps.now();
    const problem = pastMomentProblem('来访时间', input.visitedAt, now);
    if (problem) throw fail.validation(problem);
    return transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('casework_visits')
        .values({
          studio_id: input.studioId,
          visitor_name: input.visitor.name,
          visitor_phone: input.visitor.phone ?? null,
          categories_json: JSON.stringify(input.category),
          summary: input.summary,
          done: input.done ?? null,
          visited_at: input.visitedAt,
          recorded_by: caller.person.id,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The audit row names the visit, never the visitor (the log is read more widely than the case).
      await audit({
        entity: 'casework_visit',
        entityId: id,
        after: { studioId: input.studioId, category: input.category, visitedAt: input.visitedAt },
      });
      return { visit: { id } };
    });
  },
);
