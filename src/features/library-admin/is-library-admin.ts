// Whether to offer the admin library screens; a convenience only — the server checks every admin action itself.
import type { User } from '../../../contracts/account';

export function isLibraryAdmin(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes('admin');
}
