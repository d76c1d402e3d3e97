import type { MemberStudy } from '../../../contracts/audiobooks';
import { sortMembers, summariseBranches } from './branch-summary';

const m = (personId: number, orgUnitName: string, seconds: number, activeDays = seconds > 0 ? 1 : 0): MemberStudy => ({
  personId,
  name: `党员${personId}`,
  // Units are told apart by name in these tests; the id follows the name.
  orgUnitId: orgUnitName.length,
  orgUnitName,
  seconds,
  activeDays,
});

describe('summariseBranches', () => {
  it('adds up each branch and puts the most listened first', () => {
    const rows = summariseBranches([m(1, '甲支部', 60), m(2, '乙支部', 600), m(3, '甲支部', 0), m(4, '乙支部', 30)]);
    expect(rows).toEqual([
      { name: '乙支部', seconds: 630, memberCount: 2, activeMembers: 2 },
      { name: '甲支部', seconds: 60, memberCount: 2, activeMembers: 1 },
    ]);
  });
});

describe('sortMembers', () => {
  it('longest first, then more active days, silent members last', () => {
    const sorted = sortMembers([m(1, 'a', 0), m(2, 'a', 120, 1), m(3, 'a', 120, 3), m(4, 'a', 900)]);
    expect(sorted.map((x) => x.personId)).toEqual([4, 3, 2, 1]);
  });
});
