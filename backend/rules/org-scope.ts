// Permission scope over the org tree: a grant on a unit covers that unit and everything below it.
// Paths are materialised id paths (backend/common/org-paths.ts).
import type { Role } from '../../contracts/roles';
import { isWithin } from '../common/org-paths';

export interface ScopedGrant {
  role: Role;
  orgUnitId: number;
  orgPath: string;
}

export function hasAnyRole(grants: readonly ScopedGrant[], roles: readonly Role[]): boolean {
  return grants.some((g) => roles.includes(g.role));
}

/** True when one of `roles` is granted on the target unit or an ancestor of it. */
export function canActOn(grants: readonly ScopedGrant[], roles: readonly Role[], targetPath: string): boolean {
  return grants.some((g) => roles.includes(g.role) && isWithin(targetPath, g.orgPath));
}

/**
 * The tops of the subtrees the `roles` reach: each granted unit's path, without those inside another one, so a
 * query filtering on them ("path starts with one of these") lists every unit once.
 */
export function scopeRoots(grants: readonly ScopedGrant[], roles: readonly Role[]): string[] {
  const paths = [...new Set(grants.filter((g) => roles.includes(g.role)).map((g) => g.orgPath))].sort();
  return paths.filter((p) => !paths.some((q) => q !== p && isWithin(p, q)));
}

/** How far a role reaches: an actor may act on a person only with a role that reaches at least as far as theirs. */
const ROLE_REACH: Record<Role, number> = { member: 0, volunteer: 0, post_manager: 1, secretary: 2, admin: 3 };

/** The roles reaching no further than `role`: what a holder of `role` may find on a person it acts on. */
export function rolesWithin(role: Role): Role[] {
  return (Object.keys(ROLE_REACH) as Role[]).filter((r) => ROLE_REACH[r] <= ROLE_REACH[role]);
}

export type PersonVerdict = 'ok' | 'outside-scope' | 'wider-role';

/**
 * May an actor, through one of `actorRoles`, act on a person (read or change their record, issue them a credential,
 * move them, grant or revoke their roles) whose home unit is at `homePath` and who holds `targetGrants`? Only when
 * the home unit is in the actor's scope and every role the person holds lies inside a subtree the actor manages,
 * reaching no further than the actor's own role there. Otherwise a branch secretary could mark the city admin
 * (whose home may be their branch) deceased, or invite them and act as the admin.
 * Handlers never call this directly: they go through backend/access/person-access.ts (the boundary check says so).
 */
export function judgePersonReach(
  actorGrants: readonly ScopedGrant[],
  actorRoles: readonly Role[],
  target: { homePath: string; grants: readonly ScopedGrant[] },
): PersonVerdict {
  if (!canActOn(actorGrants, actorRoles, target.homePath)) return 'outside-scope';
  const covered = (g: ScopedGrant) =>
    actorGrants.some(
      (i) => actorRoles.includes(i.role) && isWithin(g.orgPath, i.orgPath) && ROLE_REACH[g.role] <= ROLE_REACH[i.role],
    );
  return target.grants.every(covered) ? 'ok' : 'wider-role';
}
