// The studios the caller works at or oversees: those they are on duty at, and every studio under a unit where
// they hold SCOPES.superviseCasework; within `orgUnitId`'s subtree when given.
import { studiosInput, type CaseworkApi, type StudioSummary } from '../../../../contracts/casework';
import { SCOPES } from '../../../../contracts/roles';
import { isWithin } from '../../../common/org-paths';
import { findOrgUnit } from '../../../data/org-units';
import { scopeRoots } from '../../../rules/org-scope';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { staffStudioIds } from '../queries/casework';

export const studios = action(
  { access: 'person', input: studiosInput },
  async function studios({ orgUnitId }, { deps, caller }): Promise<CaseworkApi['studios']['output']> {
    const db = deps.database.db;
    const within = orgUnitId === undefined ? null : await findOrgUnit(db, orgUnitId);
    if (orgUnitId !== undefined && !within) throw fail.notFound('没有找到这个单位。');
    const mine = new Set(await staffStudioIds(db, caller.person.id));
    const roots = scopeRoots(caller.grants, SCOPES.superviseCasework);
    if (mine.size === 0 && roots.length === 0) return { studios: [] };
    const rows = await db
      .selectFrom('casework_studios')
      .innerJoin('org_units', 'org_units.id', 'casework_studios.org_unit_id')
      .select([
        'casework_studios.id',
        'casework_studios.name',
        'casework_studios.kind',
        'casework_studios.opening_hours',
        'org_units.name as community_name',
        'org_units.path',
      ])
      .orderBy('org_units.path')
      .orderBy('casework_studios.id')
      .execute();
    const list: StudioSummary[] = [];
    for (const r of rows) {
      if (within && !isWithin(r.path, within.path)) continue;
      const as = mine.has(r.id) ? 'staff' : roots.some((root) => isWithin(r.path, root)) ? 'official' : null;
      if (!as) continue;
      list.push({
        id: r.id,
        name: r.name,
        kind: r.kind,
        communityName: r.community_name,
        openingHours: r.opening_hours,
        as,
      });
    }
    return { studios: list };
  },
);
