import { districtPathOf, orgDistance, rankCandidates, slotOf } from './matching';

// city 1 → district 2 → street 3 → communities 4 and 5 → branches 6 (in 4) and 7 (in 5); street 8 in district 2;
// district 9 elsewhere.
const BRANCH_6 = '/1/2/3/4/6/';
const BRANCH_7 = '/1/2/3/5/7/';
const OTHER_STREET = '/1/2/8/10/11/';
const OTHER_DISTRICT = '/1/9/12/13/14/';

describe('orgDistance', () => {
  it('ranks the same community, the same street and the same district, and nothing further', () => {
    expect(orgDistance('/1/2/3/4/', BRANCH_6)).toBe('community');
    expect(orgDistance(BRANCH_6, '/1/2/3/4/15/')).toBe('community');
    expect(orgDistance(BRANCH_6, BRANCH_7)).toBe('street');
    expect(orgDistance(BRANCH_6, OTHER_STREET)).toBe('district');
    expect(orgDistance(BRANCH_6, OTHER_DISTRICT)).toBeNull();
  });
  it('never mistakes id 4 for id 45', () => {
    expect(orgDistance('/1/2/3/4/', '/1/2/3/45/46/')).toBe('street');
  });
  it('reads a request posted for a whole street as street-wide', () => {
    expect(orgDistance('/1/2/3/', BRANCH_7)).toBe('street');
  });
});

describe('districtPathOf', () => {
  it('is the first two ids, or null above a district', () => {
    expect(districtPathOf(BRANCH_6)).toBe('/1/2/');
    expect(districtPathOf('/1/')).toBeNull();
  });
});

describe('slotOf', () => {
  it('is the China half-day: Wednesday 14:00 China is wed-pm, 11:59 is am', () => {
    expect(slotOf(new Date('2026-12-09T14:00:00+08:00'))).toBe('wed-pm');
    expect(slotOf(new Date('2026-12-09T11:59:00+08:00'))).toBe('wed-am');
    // Sunday 23:00 UTC is Monday 07:00 in China.
    expect(slotOf(new Date('2026-12-13T23:00:00Z'))).toBe('mon-am');
  });
});

describe('rankCandidates', () => {
  const wedAfternoon = new Date('2026-12-09T14:00:00+08:00');
  const talents = [
    { personId: 1, path: OTHER_STREET, availability: ['wed-pm' as const] },
    { personId: 2, path: BRANCH_7, availability: ['mon-am' as const] },
    { personId: 3, path: BRANCH_7, availability: ['wed-pm' as const] },
    { personId: 4, path: BRANCH_6, availability: ['mon-am' as const] },
    { personId: 5, path: OTHER_DISTRICT, availability: ['wed-pm' as const] },
  ];
  it('puts distance first, then being free at the start; drops those beyond the district', () => {
    const ranked = rankCandidates(BRANCH_6, wedAfternoon, talents);
    expect(ranked.map((c) => [c.personId, c.distance, c.available])).toEqual([
      [4, 'community', false],
      [3, 'street', true],
      [2, 'street', false],
      [1, 'district', true],
    ]);
  });
  it('without a start, prefers whoever gives more half-days', () => {
    const ranked = rankCandidates(BRANCH_6, null, [
      { personId: 8, path: BRANCH_7, availability: ['mon-am' as const] },
      { personId: 9, path: BRANCH_7, availability: ['mon-am' as const, 'tue-am' as const] },
    ]);
    expect(ranked.map((c) => [c.personId, c.available])).toEqual([
      [9, null],
      [8, null],
    ]);
  });
});
