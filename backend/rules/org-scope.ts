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

/**
 * The tops of the subtrees the `roles` reach: each granted unit's path, without those inside another one, so a
 * query filtering on them ("path starts with one of these") lists every unit once.
 */
export function scopeRoots(grants: readonly ScopedGrant[], roles: readonly Role[]): string[] {
  const paths = [...new Set(grants.filter((g) => roles.includes(g.role)).map((g) => g.orgPath))].sort();
  return paths.filter((p) => !paths.some((q) => q !== p && isWithin(p, q)));
}

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** How far a role reaches: a credential may only be issued by someone whose role reaches at least as far. */
const ROLE_REACH: Record<Role, number> = { member: 0, volunteer: 0, post_manager: 1, secretary: 2, admin: 3 };

export type IssueVerdict = 'ok' | 'outside-scope' | 'wider-role';

/**
 * May an issuer, through one of `issuerRoles`, issue a credential (invitation, session) for a person whose home
 * unit is at `homePath` and who holds `targetGrants`? Only when the home unit is in the issuer's scope and every
 * role the person holds lies inside a subtree the issuer manages, reaching no further than the issuer's own role.
 * Otherwise a secretary could invite the city admin (whose home may be their branch) and act as the admin.
 */
export function judgeCredentialIssue(
  issuerGrants: readonly ScopedGrant[],
  issuerRoles: readonly Role[],
  target: { homePath: string; grants: readonly ScopedGrant[] },
): IssueVerdict {
  if (!canActOn(issuerGrants, issuerRoles, target.homePath)) return 'outside-scope';
  const covered = (g: ScopedGrant) =>
    issuerGrants.some((i) => issuerRoles.includes(i.role) && isWithin(g.orgPath, i.orgPath) && ROLE_REACH[g.role] <= ROLE_REACH[i.role]);
  return target.grants.every(covered) ? 'ok' : 'wider-role';
}
