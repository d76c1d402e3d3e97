// 受理: a staff member on duty opens a dispute case with its parties, type and source, from a visit of the same
// studio or on its own. The case is open from its 受理 date (now when not given).
import { openCaseInput, type CaseworkApi } from '../../../../contracts/casework';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireStaffAt } from '../access';
import { pastMomentProblem } from '../rules/casework';

export const openCase = action(
  { access: 'person', input: openCaseInput, limit: { points: 60, seconds: 3600 } },
  async function openCase(input, { deps, caller, transaction }): Promise<CaseworkApi['openCase']['output']> {
    const db = deps.database.db;
    await requireStaffAt(db, caller, input.studioId, '受理纠纷');
    const now = deps.now();
    const acceptedAt = input.acceptedAt ?? now.toISOString();
    const problem = pastMomentProblem('受理时间', acceptedAt, now);
    if (problem) throw fail.validation(problem);
    if (input.visitId !== undefined) {
      const visit = await db
        .selectFrom('casework_visits')
        .select('studio_id')
        .where('id', '=', input.visitId)
        .executeTakeFirst();
      if (!visit) throw fail.notFound('没有找到这次来访的记录。');
      if (visit.studio_id !== input.studioId) throw fail.forbidden('这次来访是别的工作室登记的，不能在这里立案。');
    }
    return transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('casework_cases')
        .values({
          studio_id: input.studioId,
          visit_id: input.visitId ?? null,
          type: input.type,
          source: input.source,
          summary: input.summary,
          accepted_at: acceptedAt,
          status: 'open',
          outcome: null,
          referred_office: null,
          referred_name: null,
          closed_at: null,
          agreement_key: null,
          agreement_mime: null,
          agreement_bytes: null,
          agreement_at: null,
          staff_warned_at: null,
          street_flagged_at: null,
          opened_by: caller.person.id,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('casework_parties')
        .values(input.parties.map((p) => ({ case_id: id, name: p.name, phone: p.phone ?? null, role: p.role })))
        .execute();
      // Who the parties are stays in the case; the audit row counts them.
      await audit({
        entity: 'casework_case',
        entityId: id,
        after: {
          studioId: input.studioId,
          visitId: input.visitId ?? null,
          type: input.type,
          parties: input.parties.length,
        },
      });
      return { case: { id, status: 'open' as const } };
    });
  },
);
