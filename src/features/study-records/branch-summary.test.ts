import type { MemberStudy } from '../../../contracts/audiobooks';
import { sortMembers, summariseBranches } from './branch-summary';

const m = (
  personId: number,
  orgUnitName: string,
  seconds: number,
  activeDays = seconds > 0 ? 1 : 0,
  orgUnitId = orgUnitName.charCodeAt(0),
): MemberStudy => ({
  personId,
  name: `党员${personId}`,
  // Unless a test says otherwise, each name is its own unit.
  orgUnitId,
  orgUnitName,
  seconds,
  activeDays,
});

describe('summariseBranches', () => {
  it('adds up each branch and puts the most listened first', () => {
    const rows = summariseBranches([m(1, '甲支部', 60), m(2, '乙支部', 600), m(3, '甲支部', 0), m(4, '乙支部', 30)]);
    expect(rows).toEqual([
      { orgUnitId: '乙'.charCodeAt(0), name: '乙支部', seconds: 630, memberCount: 2, activeMembers: 2 },
      { orgUnitId: '甲'.charCodeAt(0), name: '甲支部', seconds: 60, memberCount: 2, activeMembers: 1 },
    ]);
  });

  it('keeps two branches of the same name apart (they are different units)', () => {
    const rows = summariseBranches([
      m(1, '新村支部', 60, 1, 7),
      m(2, '新村支部', 600, 1, 8),
      m(3, '新村支部', 0, 0, 7),
    ]);
    expect(rows.map((r) => [r.orgUnitId, r.seconds, r.memberCount])).toEqual([
      [8, 600, 1],
      [7, 60, 2],
    ]);
  });
});

describe('sortMembers', () => {
  it('longest first, then more active days, silent members last', () => {
    const sorted = sortMembers([m(1, 'a', 0), m(2, 'a', 120, 1), m(3, 'a', 120, 3), m(4, 'a', 900)]);
    expect(sorted.map((x) => x.personId)).toEqual([4, 3, 2, 1]);
  });
});
