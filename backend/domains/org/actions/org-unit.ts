// One unit with its direct children, for browsing the tree; without an id, the caller's own top unit.
import { orgUnitInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { childrenOf, unitView, unitViews } from '../queries/org';
import { scopeRoots } from '../../../rules/org-scope';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { pathIds } from '../../../common/org-paths';
import { requireBranchUnit } from '../access';

export const orgUnit = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: orgUnitInput,
  },
  async function orgUnit(input, ctx): Promise<OrgApi['orgUnit']['output']> {
    const db = ctx.deps.database.db;
    let unitId = input.orgUnitId;
    if (unitId === undefined) {
      const top = scopeRoots(ctx.caller.grants, SCOPES.manageBranch)[0];
      if (!top) throw fail.forbidden();
      unitId = pathIds(top).at(-1) as number;
    }
    const unit = await requireBranchUnit(db, ctx.caller, unitId);
    return { unit: await unitView(db, unit), children: await unitViews(db, await childrenOf(db, unit.id)) };
  },
);
