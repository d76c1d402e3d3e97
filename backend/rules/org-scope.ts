// Permission scope over the org tree: a grant on a unit covers that unit and everything below it.
// Paths are materialised id paths with a trailing slash ("/1/4/9/"), so "/1/4/" never matches "/1/45/".
import type { Role } from '../../contracts/roles';

export interface ScopedGrant {
  role: Role;
  orgUnitId: number;
  orgPath: string;
}

export function isWithin(targetPath: string, scopePath: string): boolean {
  return targetPath.startsWith(scopePath);
}

export function hasAnyRole(grants: readonly ScopedGrant[], roles: readonly Role[]): boolean {
  return grants.some((g) => roles.includes(g.role));
}

/** True when one of `roles` is granted on the target unit or an ancestor of it. */
export function canActOn(grants: readonly ScopedGrant[], roles: readonly Role[], targetPath: string): boolean {
  return grants.some((g) => roles.includes(g.role) && isWithin(targetPath, g.orgPath));
}

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}
