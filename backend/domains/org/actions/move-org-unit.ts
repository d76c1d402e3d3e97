// An admin moves a unit with everything below it under another parent of the right level, both in their subtree.
// Every path in the subtree is rewritten in the same transaction, so scope checks never see a half-moved tree.
import { moveOrgUnitInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { lockRowsForUpdate } from '../../../common/row-locks';
import { findOrgUnit } from '../../../data/org-units';
import { moveSubtree, unitView } from '../queries/org';
import { moveProblem } from '../rules/tree';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireAdminUnit } from '../access';

export const moveOrgUnit = action(
  {
    access: { roles: SCOPES.manageOrg },
    input: moveOrgUnitInput,
    limit: { points: 60, seconds: 600 },
  },
  async function moveOrgUnit(input, ctx): Promise<OrgApi['moveOrgUnit']['output']> {
    const db = ctx.deps.database.db;
    const unit = await requireAdminUnit(db, ctx.caller, input.orgUnitId, {
      forbidden: '这个单位不在您的管理范围内，不能移动它。',
    });
    const parent = await requireAdminUnit(db, ctx.caller, input.newParentId, {
      notFound: '没有找到新的上级单位。',
      forbidden: '新的上级单位不在您的管理范围内。',
    });
    const problem = moveProblem(unit, parent);
    if (problem) throw fail.validation(problem);
    if (unit.parent_id === parent.id) return { unit: await unitView(db, unit), movedUnits: 0 };
    return ctx.transaction(async (trx, audit) => {
      // Read again inside the transaction, locked on PostgreSQL (SQLite runs one write transaction at a time): a
      // concurrent move of either side waits, then finds its paths changed and is refused, never leaving one stale.
      const fresh = await lockRowsForUpdate(trx, 'org_units', [unit.id, parent.id]);
      const u = fresh.find((r) => r.id === unit.id);
      const p = fresh.find((r) => r.id === parent.id);
      if (!u || !p || u.path !== unit.path || p.path !== parent.path)
        throw fail.conflict('单位刚刚被别人改动过，请刷新后再移动。');
      const n = await moveSubtree(trx, u, p);
      await audit({
        entity: 'org_unit',
        entityId: unit.id,
        before: { parentId: unit.parent_id, path: unit.path },
        after: { parentId: parent.id, path: `${parent.path}${unit.id}/`, unitsMoved: n },
      });
      return { unit: await unitView(trx, (await findOrgUnit(trx, unit.id))!), movedUnits: n };
    });
  },
);
