// An admin renames a unit in their subtree; its id, path and members stay.
import { renameOrgUnitInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { findOrgUnit } from '../../../data/org-units';
import { unitView } from '../queries/org';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireAdminUnit } from '../access';

export const renameOrgUnit = action(
  {
    access: { roles: SCOPES.manageOrg },
    input: renameOrgUnitInput,
    limit: { points: 120, seconds: 600 },
  },
  async function renameOrgUnit(input, ctx): Promise<OrgApi['renameOrgUnit']['output']> {
    const db = ctx.deps.database.db;
    const unit = await requireAdminUnit(db, ctx.caller, input.orgUnitId);
    if (unit.name === input.name) return { unit: await unitView(db, unit) };
    const sibling = await db
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', unit.parent_id === null ? 'is' : '=', unit.parent_id)
      .where('name', '=', input.name)
      .where('id', '!=', unit.id)
      .executeTakeFirst();
    if (sibling) throw fail.conflict(`同一个上级下面已经有一个叫“${input.name}”的单位了。`);
    return ctx.transaction(async (trx, audit) => {
      await trx.updateTable('org_units').set({ name: input.name }).where('id', '=', unit.id).execute();
      await audit({ entity: 'org_unit', entityId: unit.id, before: { name: unit.name }, after: { name: input.name } });
      return { unit: await unitView(trx, (await findOrgUnit(trx, unit.id))!) };
    });
  },
);
