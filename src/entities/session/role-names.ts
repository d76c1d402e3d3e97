// How a person's roles read in Chinese, e.g. "党员、支部书记" (the names live in the zod-free contracts/roles.ts).
import { ROLE_NAMES, type Role } from '../../../contracts/roles';

export function describeRoles(roles: readonly Role[]): string {
  return roles.length === 0 ? '还没有身份' : roles.map((r) => ROLE_NAMES[r]).join('、');
}
