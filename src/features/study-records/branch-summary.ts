// For a view wider than one branch (an admin's district or city): the members grouped by their branch.
import type { MemberStudy } from '../../../contracts/audiobooks';

export interface BranchSummary {
  orgUnitId: number;
  name: string;
  seconds: number;
  memberCount: number;
  activeMembers: number;
}

export function summariseBranches(members: readonly MemberStudy[]): BranchSummary[] {
  // By id, not name: two communities may each have a branch of the same name.
  const byUnit = new Map<number, BranchSummary>();
  for (const m of members) {
    const row = byUnit.get(m.orgUnitId) ?? {
      orgUnitId: m.orgUnitId,
      name: m.orgUnitName,
      seconds: 0,
      memberCount: 0,
      activeMembers: 0,
    };
    row.seconds += m.seconds;
    row.memberCount += 1;
    if (m.seconds > 0) row.activeMembers += 1;
    byUnit.set(m.orgUnitId, row);
  }
  return [...byUnit.values()].sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Most listened first; people who have not listened at the end, so they are easy to find and encourage. */
export function sortMembers(members: readonly MemberStudy[]): MemberStudy[] {
  return [...members].sort((a, b) => b.seconds - a.seconds || b.activeDays - a.activeDays || a.personId - b.personId);
}
