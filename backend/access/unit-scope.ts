// Org-scope checks for handlers, in one place: "this unit exists and the caller may act on it", and "only rows
// inside the caller's subtrees". The decisions are the pure rules in backend/rules/org-scope.ts.
import type { Expression, Kysely, SqlBool, Transaction } from 'kysely';
import { SCOPES, type Role, type Scope } from '../../contracts/roles';
import { findOrgUnit, inSubtrees, type PathColumn } from '../data/org-units';
import type { OrgUnitRow, Schema } from '../data/schema';
import { canActOn, scopeRoots, type ScopedGrant } from '../rules/org-scope';
import { fail } from '../runtime/app-error';

type Db = Kysely<Schema> | Transaction<Schema>;

/** Anyone with grants: a signed-in caller, or a person loaded for some other reason. */
export interface Granted {
  grants: readonly ScopedGrant[];
}

/** What the person is told, in the words of the action (a branch, a unit …). */
export interface ScopeMessages {
  notFound?: string;
  forbidden?: string;
}

const DEFAULT_MESSAGES: Required<ScopeMessages> = {
  notFound: '没有找到这个单位。',
  forbidden: '这个单位不在您的管理范围内。',
};

const rolesOf = (scope: Scope | readonly Role[]): readonly Role[] =>
  typeof scope === 'string' ? SCOPES[scope] : scope;

/** The unit, when it exists and one of the scope's roles is granted on it or above it; else NOT_FOUND or FORBIDDEN. */
export async function requireUnitInScope(
  db: Db,
  caller: Granted,
  scope: Scope | readonly Role[],
  unitId: number,
  messages: ScopeMessages = {},
): Promise<OrgUnitRow> {
  const unit = await findOrgUnit(db, unitId);
  if (!unit) throw fail.notFound(messages.notFound ?? DEFAULT_MESSAGES.notFound);
  if (!canActOn(caller.grants, rolesOf(scope), unit.path))
    throw fail.forbidden(messages.forbidden ?? DEFAULT_MESSAGES.forbidden);
  return unit;
}

/** A where-clause keeping rows whose `column` (an org path) lies inside a subtree the caller reaches with the scope. */
export function inCallerScope(
  caller: Granted,
  scope: Scope | readonly Role[],
  column: PathColumn = 'org_units.path',
): Expression<SqlBool> {
  return inSubtrees(column, scopeRoots(caller.grants, rolesOf(scope)));
}
