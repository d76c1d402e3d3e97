// Who may use the account function's admin actions. Jobs belong to no branch or district: their payloads may name anyone. Only an admin of a whole org tree (a grant
// on a unit with no parent, e.g. the city) may see or retry them.
import { fail } from '../../runtime/app-error';
import type { PersonCaller } from '../../runtime/caller';

const ROOT_PATH = /^\/\d+\/$/;

export function requireWholeTreeAdmin(caller: PersonCaller): void {
  if (!caller.grants.some((g) => g.role === 'admin' && ROOT_PATH.test(g.orgPath))) {
    throw fail.forbidden('只有全市的管理员才能查看和处理后台任务。');
  }
}
