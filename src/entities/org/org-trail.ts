// Where on the org tree a manager's screen is looking: the path from the viewer's own top unit (first) to the unit
// shown (last). Stepping down goes one direct child at a time, stepping up never above where the viewer started.
import type { OrgUnit } from '../../../contracts/account';
import { ORG_LEVEL_NAMES, type OrgLevel } from '../../../contracts/roles';

export type OrgTrail = readonly OrgUnit[];

/** "区", "街道", "支部" … */
export function levelName(level: OrgLevel): string {
  return ORG_LEVEL_NAMES[level];
}

/** A branch is the bottom of the tree: there is nothing below it to list. */
export function hasChildUnits(unit: Pick<OrgUnit, 'level'>): boolean {
  return unit.level !== 'branch';
}

export function unitShown(trail: OrgTrail): OrgUnit | null {
  return trail.length > 0 ? trail[trail.length - 1] : null;
}

/** One level down; only a direct child of the unit shown can be added, so the way back up is always the real parent. */
export function stepDown(trail: OrgTrail, child: OrgUnit): OrgTrail {
  const shown = unitShown(trail);
  return shown && child.parentId === shown.id ? [...trail, child] : trail;
}

/** The viewer may go back up only as far as the unit they started at (their own top unit), never above it. */
export function canGoUp(trail: OrgTrail): boolean {
  return trail.length > 1;
}

export function stepUp(trail: OrgTrail): OrgTrail {
  return canGoUp(trail) ? trail.slice(0, -1) : trail;
}

/** The button's words, naming where it leads: "返回上一级（海湾市）"; null when there is no way up. */
export function upLabel(trail: OrgTrail): string | null {
  return canGoUp(trail) ? `返回上一级（${trail[trail.length - 2].name}）` : null;
}

/** A sentence under the heading saying what the unit shown is: "这是海湾市下属的区。" or "这是您管理的市。" */
export function placeSentence(trail: OrgTrail): string {
  const shown = unitShown(trail);
  if (!shown) return '';
  const level = levelName(shown.level);
  return canGoUp(trail) ? `这是${trail[trail.length - 2].name}下属的${level}。` : `这是您管理的${level}。`;
}
