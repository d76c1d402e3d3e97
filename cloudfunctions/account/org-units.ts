// Stepping down the org tree for a secretary or admin: the units they manage, or one unit's direct children
// (only inside their own subtree).
import { orgUnitsInput, type AccountApi, type OrgUnit } from '../../contracts/account';
import { findOrgUnit } from '../../backend/data/org-units';
import type { OrgUnitRow } from '../../backend/data/schema';
import { canActOn } from '../../backend/rules/org-scope';
import { fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';

const MANAGERS = ['secretary', 'admin'] as const;

const toOrgUnit = (row: OrgUnitRow): OrgUnit => ({ id: row.id, name: row.name, level: row.level, parentId: row.parent_id });

export const orgUnits = action({
  access: { roles: MANAGERS },
  input: orgUnitsInput,
  async run({ parentId }, { deps, caller }): Promise<AccountApi['orgUnits']['output']> {
    const db = deps.database.db;
    if (parentId === undefined) {
      const ids = [...new Set(caller.grants.filter((g) => (MANAGERS as readonly string[]).includes(g.role)).map((g) => g.orgUnitId))];
      const rows = await db.selectFrom('org_units').selectAll().where('id', 'in', ids).orderBy('path').execute();
      return { parent: null, units: rows.map(toOrgUnit) };
    }
    const parent = await findOrgUnit(db, parentId);
    if (!parent) throw fail.notFound('没有找到这个单位。');
    if (!canActOn(caller.grants, MANAGERS, parent.path)) throw fail.forbidden('这个单位不在您的管理范围内。');
    const children = await db.selectFrom('org_units').selectAll().where('parent_id', '=', parent.id).orderBy('id').execute();
    return { parent: toOrgUnit(parent), units: children.map(toOrgUnit) };
  },
});
