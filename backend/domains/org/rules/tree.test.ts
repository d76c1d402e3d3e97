import {
  transferExpiry,
  closeProblem,
  createProblem,
  grantLevelProblem,
  isLastCityAdmin,
  mayGrant,
  movedPath,
  moveProblem,
  type UnitFacts,
} from './tree';

const unit = (id: number, level: UnitFacts['level'], path: string, closed = false): UnitFacts => ({
  id,
  name: `单位${id}`,
  level,
  path,
  closed_at: closed ? '2026-01-01T00:00:00Z' : null,
});
const city = unit(1, 'city', '/1/');
const east = unit(2, 'district', '/1/2/');
const west = unit(3, 'district', '/1/3/');
const street = unit(4, 'street', '/1/2/4/');
const community = unit(5, 'community', '/1/2/4/5/');
const branch = unit(6, 'branch', '/1/2/4/5/6/');

describe('the org tree rules', () => {
  it('allows only the next level under a parent, never under a branch or a closed unit', () => {
    expect(createProblem(city, 'district')).toBeNull();
    expect(createProblem(community, 'branch')).toBeNull();
    expect(createProblem(community, 'street')).toMatch(/只能建支部/);
    expect(createProblem(branch, 'branch')).toMatch(/下面不能再建/);
    expect(createProblem(unit(7, 'community', '/1/2/4/7/', true), 'branch')).toMatch(/已经撤销/);
  });

  it('refuses a move under itself, a descendant, the wrong level or a closed parent', () => {
    expect(moveProblem(street, west)).toBeNull();
    expect(moveProblem(street, street)).toMatch(/自己/);
    expect(moveProblem(east, street)).toMatch(/下级/);
    expect(moveProblem(street, community)).toMatch(/下级/);
    expect(moveProblem(community, west)).toMatch(/只能放在街道下面/);
    expect(moveProblem(city, east)).toMatch(/最上一级/);
    expect(moveProblem(street, unit(9, 'district', '/1/9/', true))).toMatch(/已经撤销/);
    // "/1/2/" is not an ancestor of "/1/23/": ids are whole segments.
    expect(moveProblem(unit(2, 'street', '/1/2/'), unit(23, 'district', '/1/23/'))).toBeNull();
  });

  it('rewrites only the prefix of a moved path', () => {
    expect(movedPath('/1/2/4/5/6/', '/1/2/4/', '/1/3/4/')).toBe('/1/3/4/5/6/');
    expect(() => movedPath('/1/3/', '/1/2/', '/1/4/2/')).toThrow();
  });

  it('names who remains before a unit may close', () => {
    const none = { names: [], total: 0 };
    expect(closeProblem(branch, { children: none, members: none })).toBeNull();
    expect(closeProblem(branch, { children: none, members: { names: ['张秀英', '李建国'], total: 2 } })).toBe(
      '“单位6”还有在册党员：张秀英、李建国（共 2 人）。请先把他们转到别的支部，再撤销这个单位。',
    );
    expect(
      closeProblem(branch, { children: none, members: { names: ['甲', '乙', '丙', '丁', '戊'], total: 9 } }),
    ).toContain('甲、乙、丙、丁、戊等 9 人');
    expect(closeProblem(community, { children: { names: ['单位6'], total: 1 }, members: none })).toMatch(
      /下面还有单位：单位6/,
    );
    expect(closeProblem(city, { children: none, members: none })).toMatch(/不能撤销/);
  });

  it('lets only an admin grant, and only inside their own subtree', () => {
    const eastAdmin = [{ role: 'admin' as const, orgUnitId: 2, orgPath: '/1/2/' }];
    expect(mayGrant(eastAdmin, '/1/2/4/5/6/')).toBe(true);
    expect(mayGrant(eastAdmin, '/1/2/')).toBe(true);
    expect(mayGrant(eastAdmin, '/1/')).toBe(false);
    expect(mayGrant(eastAdmin, '/1/3/')).toBe(false);
    expect(mayGrant([{ role: 'secretary', orgUnitId: 6, orgPath: '/1/2/4/5/6/' }], '/1/2/4/5/6/')).toBe(false);
    expect(grantLevelProblem('secretary', community)).toMatch(/支部/);
    expect(grantLevelProblem('admin', community)).toBeNull();
  });

  it('keeps the last city admin', () => {
    expect(isLastCityAdmin({ role: 'admin', orgUnitId: 1 }, 1, 1)).toBe(true);
    expect(isLastCityAdmin({ role: 'admin', orgUnitId: 1 }, 1, 2)).toBe(false);
    expect(isLastCityAdmin({ role: 'admin', orgUnitId: 2 }, 1, 1)).toBe(false);
  });

  it('gives a transfer 30 days', () => {
    expect(transferExpiry(new Date('2026-11-01T00:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
