// Who may see the 驾驶舱: an admin, for the subtree of the unit granted (the city, a district, a street); the 红黄绿
// thresholds are the bureau's, set by an admin of the whole tree. A drill-down outside the subtree is refused in a
// sentence, before anything is counted.
import type { Kysely } from 'kysely';
import { SCOPES } from '../../../contracts/roles';
import { requireUnitInScope, type Granted } from '../../access/unit-scope';
import type { OrgUnitRow, Schema } from '../../data/schema';
import { scopeRoots } from '../../rules/org-scope';
import { fail } from '../../runtime/app-error';

export const OUTSIDE = '这个单位不在您的管辖范围内，不能看它的数据。';

/** The unit asked for, or the viewer's own top unit; FORBIDDEN with a sentence outside the viewer's subtree. */
export async function requireDashboardUnit(
  db: Kysely<Schema>,
  caller: Granted,
  orgUnitId: number | undefined,
): Promise<OrgUnitRow> {
  if (orgUnitId !== undefined)
    return requireUnitInScope(db, caller, SCOPES.viewDashboard, orgUnitId, { forbidden: OUTSIDE });
  const [top] = scopeRoots(caller.grants, SCOPES.viewDashboard);
  const unit = top
    ? await db.selectFrom('org_units').selectAll().where('path', '=', top).executeTakeFirst()
    : undefined;
  if (!unit) throw fail.forbidden(OUTSIDE);
  return unit;
}

/** The top of the tree, for the bureau's own settings. */
export async function requireBureauAdmin(db: Kysely<Schema>, caller: Granted): Promise<void> {
  const root = await db
    .selectFrom('org_units')
    .select('id')
    .where('parent_id', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  if (!root) throw fail.notFound('还没有建立组织。');
  await requireUnitInScope(db, caller, SCOPES.viewDashboard, root.id, {
    forbidden: '红黄绿的标准由市里的管理员设定，您可以看，不能改。',
  });
}

/** Whether the viewer reaches `path` (for the trail back up: only units inside the viewer's own subtree). */
export function reaches(caller: Granted, path: string): boolean {
  return scopeRoots(caller.grants, SCOPES.viewDashboard).some((root) => path.startsWith(root));
}
