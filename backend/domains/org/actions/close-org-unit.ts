// An admin closes an emptied unit: it keeps its history (records still name it) but takes no new members or
// children. Units are never deleted; one with members or open children is refused, naming who remains.
import { closeOrgUnitInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { findOrgUnit } from '../../../data/org-units';
import { remainingIn, unitView } from '../queries/org';
import { closeProblem } from '../rules/tree';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireAdminUnit } from '../access';

export const closeOrgUnit = action(
  {
    access: { roles: SCOPES.manageOrg },
    input: closeOrgUnitInput,
    limit: { points: 60, seconds: 600 },
  },
  async function closeOrgUnit(input, ctx): Promise<OrgApi['closeOrgUnit']['output']> {
    const db = ctx.deps.database.db;
    const unit = await requireAdminUnit(db, ctx.caller, input.orgUnitId, {
      forbidden: '这个单位不在您的管理范围内，不能撤销它。',
    });
    const problem = closeProblem(unit, await remainingIn(db, unit.id));
    if (problem) throw fail.conflict(problem);
    const at = ctx.deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      // Checked again in the transaction: a member added meanwhile keeps the unit open.
      const again = closeProblem(unit, await remainingIn(trx, unit.id));
      if (again) throw fail.conflict(again);
      await trx.updateTable('org_units').set({ closed_at: at }).where('id', '=', unit.id).execute();
      await audit({ entity: 'org_unit', entityId: unit.id, before: { closedAt: null }, after: { closedAt: at } });
      return { unit: await unitView(trx, (await findOrgUnit(trx, unit.id))!) };
    });
  },
);
