// The org tree's rules: which level goes under which, where a unit may move, what a move does to paths, when a
// unit may be closed, and who may grant or revoke a role. Pure: the handlers load the facts and pass them in.
import {
  ORG_LEVELS,
  ORG_LEVEL_NAMES,
  ROLE_NAMES,
  type GrantableRole,
  type OrgLevel,
  type Role,
} from '../../../../contracts/roles';
import { isWithin } from '../../../common/org-paths';
import { type ScopedGrant } from '../../../rules/org-scope';

export interface UnitFacts {
  id: number;
  name: string;
  level: OrgLevel;
  path: string;
  closed_at: string | null;
}

/** The level a unit under `parent` has: 市 → 区 → 街道 → 社区 → 支部; a branch has none below it. */
export function childLevel(parent: OrgLevel): OrgLevel | null {
  const i = ORG_LEVELS.indexOf(parent);
  return i >= 0 && i < ORG_LEVELS.length - 1 ? ORG_LEVELS[i + 1] : null;
}

/** Why a new unit of `level` cannot go under `parent`, in a sentence; null when it can. */
export function createProblem(parent: UnitFacts, level: OrgLevel): string | null {
  if (parent.closed_at !== null) return `“${parent.name}”已经撤销，不能在它下面新建单位。`;
  const expected = childLevel(parent.level);
  if (expected === null) return `“${parent.name}”是支部，下面不能再建单位。`;
  if (expected !== level)
    return `“${parent.name}”是${ORG_LEVEL_NAMES[parent.level]}，下面只能建${ORG_LEVEL_NAMES[expected]}，不能建${ORG_LEVEL_NAMES[level]}。`;
  return null;
}

/** Why `unit` cannot move under `newParent`, in a sentence; null when it can. */
export function moveProblem(unit: UnitFacts, newParent: UnitFacts): string | null {
  if (unit.level === 'city') return '市是最上一级，不能移动。';
  if (unit.id === newParent.id) return `不能把“${unit.name}”移到它自己下面。`;
  if (isWithin(newParent.path, unit.path))
    return `“${newParent.name}”是“${unit.name}”的下级单位，不能把“${unit.name}”移到自己的下级下面。`;
  if (newParent.closed_at !== null) return `“${newParent.name}”已经撤销，不能把单位移到它下面。`;
  if (childLevel(newParent.level) !== unit.level) {
    return `“${unit.name}”是${ORG_LEVEL_NAMES[unit.level]}，只能放在${ORG_LEVEL_NAMES[parentLevelOf(unit.level)]}下面，“${newParent.name}”是${ORG_LEVEL_NAMES[newParent.level]}。`;
  }
  return null;
}

function parentLevelOf(level: OrgLevel): OrgLevel {
  const i = ORG_LEVELS.indexOf(level);
  return ORG_LEVELS[Math.max(0, i - 1)];
}

/** The path a unit at `path` has once the subtree at `oldPrefix` moves to `newPrefix`. */
export function movedPath(path: string, oldPrefix: string, newPrefix: string): string {
  if (!path.startsWith(oldPrefix)) throw new Error('path outside the moved subtree');
  return newPrefix + path.slice(oldPrefix.length);
}

/** How many names a refusal lists before "等 N 人". */
const NAMES_SHOWN = 5;

export function namesList(names: readonly string[], total: number, unit: string): string {
  const shown = names.slice(0, NAMES_SHOWN).join('、');
  return total > NAMES_SHOWN ? `${shown}等 ${total} ${unit}` : `${shown}（共 ${total} ${unit}）`;
}

/** Why a unit cannot be closed, naming who or what remains; null when it is empty. */
export function closeProblem(
  unit: UnitFacts,
  remaining: { children: { names: string[]; total: number }; members: { names: string[]; total: number } },
): string | null {
  if (unit.level === 'city') return '市是最上一级，不能撤销。';
  if (unit.closed_at !== null) return `“${unit.name}”已经撤销了。`;
  if (remaining.members.total > 0) {
    return `“${unit.name}”还有在册党员：${namesList(remaining.members.names, remaining.members.total, '人')}。请先把他们转到别的支部，再撤销这个单位。`;
  }
  if (remaining.children.total > 0) {
    return `“${unit.name}”下面还有单位：${namesList(remaining.children.names, remaining.children.total, '个')}。请先撤销或移走它们，再撤销这个单位。`;
  }
  return null;
}

/** The level a role is granted on: a secretary and a volunteer belong to a branch; the others to any unit. */
export function grantLevelProblem(role: GrantableRole, unit: UnitFacts): string | null {
  if (unit.closed_at !== null) return `“${unit.name}”已经撤销，不能在那里任职。`;
  if ((role === 'secretary' || role === 'volunteer') && unit.level !== 'branch')
    return `${ROLE_NAMES[role]}要落在具体的支部上，请选择一个支部。`;
  return null;
}

/**
 * May the granter give or take `role` on a unit at `unitPath`? Only an admin, and only inside their own subtree:
 * an admin of a district can name another admin of that district or below, never of the city.
 */
export function mayGrant(granter: readonly ScopedGrant[], unitPath: string): boolean {
  return granter.some((g) => g.role === 'admin' && isWithin(unitPath, g.orgPath));
}

/** Revoking the only admin grant on the city's top unit would leave nobody able to manage the city. */
export function isLastCityAdmin(
  grant: { role: Role; orgUnitId: number },
  cityUnitId: number,
  cityAdminCount: number,
): boolean {
  return grant.role === 'admin' && grant.orgUnitId === cityUnitId && cityAdminCount <= 1;
}

/** A transfer nobody accepted in this many days is withdrawn (backend/domains/org/jobs/handlers.ts). */
export const TRANSFER_LIFETIME_DAYS = 30;

export function transferExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + TRANSFER_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}
