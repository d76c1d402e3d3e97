// Which screens to offer a person: the named scopes of contracts/roles.ts against the roles they hold. Only a
// convenience: the server checks every request against the unit it concerns.
import type { RoleGrant, User } from '../../../contracts/account';
import { SCOPES, type Role, type Scope } from '../../../contracts/roles';

const inScope = (scope: Scope, role: Role) => (SCOPES[scope] as readonly Role[]).includes(role);

export function holdsScope(user: Pick<User, 'roles'>, scope: Scope): boolean {
  return user.roles.some((role) => inScope(scope, role));
}

/** Where the person holds one of the scope's roles. */
export function grantsInScope(user: Pick<User, 'grants'>, scope: Scope): RoleGrant[] {
  return user.grants.filter((g) => inScope(scope, g.role));
}
