// Who may act in the audiobooks domain: a branch secretary (or an admin above) reads the study figures of the
// units in reach, for the people in reach only; those who print posters make a book's or chapter's code. (Adding
// books and chapters is the library admins' role, checked by the router from each action's access.) Built on the
// person policy (backend/access/person-access.ts) and the unit scope (unit-scope.ts), like every domain's access.ts.
import type { Expression, SqlBool } from 'kysely';
import { SCOPES } from '../../../contracts/roles';
import { inPersonReach, type Actor } from '../../access/person-access';
import { requireUnitInScope, type Granted } from '../../access/unit-scope';
import type { OrgUnitRow } from '../../data/schema';
import { hasAnyRole } from '../../rules/org-scope';
import { fail } from '../../runtime/app-error';

type Db = Parameters<typeof requireUnitInScope>[0];

/** A unit whose study figures the caller may see; FORBIDDEN in the action's words otherwise. */
export function requireStudyUnit(db: Db, caller: Granted, unitId: number, forbidden: string): Promise<OrgUnitRow> {
  return requireUnitInScope(db, caller, SCOPES.manageBranch, unitId, { forbidden });
}

/** Study rows (people joined to org_units) of the people the caller may act on. */
export function inStudyReach(caller: Actor): Expression<SqlBool> {
  return inPersonReach(caller, SCOPES.manageBranch, { id: 'people.id', homePath: 'org_units.path' });
}

/** Making a book's or chapter's code spends WeChat's quota: only those who print posters may. */
export function requirePosterPrinter(caller: Granted): void {
  if (!hasAnyRole(caller.grants, SCOPES.printPosters)) throw fail.forbidden();
}
