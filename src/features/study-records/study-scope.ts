// Which org unit a secretary or admin sees first: the widest one they manage (an admin's before a secretary's).
import type { User } from '../../../contracts/account';
import { grantsInScope } from '../../entities/session/scopes';

export interface StudyScope {
  orgUnitId: number;
  /** True when the person holds a role that may see study figures; the server decides for real. */
  canView: boolean;
}

export function defaultStudyScope(user: Pick<User, 'grants' | 'orgUnitId'>): StudyScope {
  const managed = grantsInScope(user, 'manageBranch');
  const grant = managed.find((g) => g.role === 'admin') ?? managed[0];
  // Without such a role, ask about the person's own branch anyway: the server's refusal says why in words.
  return grant ? { orgUnitId: grant.orgUnitId, canView: true } : { orgUnitId: user.orgUnitId, canView: false };
}
