// Stepping down the org tree for a secretary or admin: the units they manage, or one unit's direct children
// (only inside their own subtree).
import { orgUnitsInput, type AccountApi, type OrgUnit } from '../../../../contracts/account';
import { SCOPES } from '../../../../contracts/roles';
import { requireUnitInScope } from '../../../access/unit-scope';
import type { OrgUnitRow } from '../../../data/schema';
import { scopeRoots } from '../../../rules/org-scope';
import { action } from '../../../runtime/define-function';

const toOrgUnit = (row: OrgUnitRow): OrgUnit => ({
  id: row.id,
  name: row.name,
  level: row.level,
  parentId: row.parent_id,
});

export const orgUnits = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: orgUnitsInput,
  },
  async function orgUnits({ parentId }, { deps, caller }): Promise<AccountApi['orgUnits']['output']> {
    const db = deps.database.db;
    if (parentId === undefined) {
      // The tops of the caller's subtrees: a unit inside another one they manage is reached by stepping down.
      const roots = scopeRoots(caller.grants, SCOPES.manageBranch);
      if (roots.length === 0) return { parent: null, units: [] };
      const rows = await db.selectFrom('org_units').selectAll().where('path', 'in', roots).orderBy('path').execute();
      return { parent: null, units: rows.map(toOrgUnit) };
    }
    const parent = await requireUnitInScope(db, caller, 'manageBranch', parentId);
    const children = await db
      .selectFrom('org_units')
      .selectAll()
      .where('parent_id', '=', parent.id)
      .orderBy('id')
      .execute();
    return { parent: toOrgUnit(parent), units: children.map(toOrgUnit) };
  },
);
