// Role names in Chinese. Mirrors contracts/fields.ts ROLE_NAMES without pulling zod into the app bundle;
// the Record type makes a new role a compile error here until it has a name.
import type { Role } from '../../../contracts/fields';

const ROLE_NAMES: Record<Role, string> = {
  member: '党员',
  volunteer: '志愿者',
  secretary: '支部书记',
  post_manager: '驿站负责人',
  admin: '管理员',
};

export function describeRoles(roles: readonly Role[]): string {
  return roles.length === 0 ? '还没有身份' : roles.map((r) => ROLE_NAMES[r]).join('、');
}
