// Which org unit a secretary or admin sees first: the widest one they manage (an admin's before a secretary's).
import type { User } from '../../../contracts/account';

export interface StudyScope {
  orgUnitId: number;
  /** True when the person holds a role that may see study figures; the server decides for real. */
  canView: boolean;
}

export function defaultStudyScope(user: Pick<User, 'grants' | 'orgUnitId'>): StudyScope {
  const grant = user.grants.find((g) => g.role === 'admin') ?? user.grants.find((g) => g.role === 'secretary');
  // Without such a role, ask about the person's own branch anyway: the server's refusal says why in words.
  return grant ? { orgUnitId: grant.orgUnitId, canView: true } : { orgUnitId: user.orgUnitId, canView: false };
}

export function canSeeBranchStudy(user: Pick<User, 'grants' | 'orgUnitId'>): boolean {
  return defaultStudyScope(user).canView;
}
