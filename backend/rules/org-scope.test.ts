import { canActOn, childPath, hasAnyRole, isWithin, type ScopedGrant } from './org-scope';

const secretaryOfBranch9: ScopedGrant = { role: 'secretary', orgUnitId: 9, orgPath: '/1/4/9/' };
const adminOfDistrict4: ScopedGrant = { role: 'admin', orgUnitId: 4, orgPath: '/1/4/' };

describe('org scope', () => {
  it('covers the unit itself and its descendants', () => {
    expect(isWithin('/1/4/9/', '/1/4/9/')).toBe(true);
    expect(isWithin('/1/4/9/12/', '/1/4/')).toBe(true);
  });

  it('does not cover siblings whose id shares a prefix', () => {
    expect(isWithin('/1/45/', '/1/4/')).toBe(false);
    expect(isWithin('/1/4/', '/1/4/9/')).toBe(false);
  });

  it('needs the right role on an ancestor', () => {
    expect(canActOn([secretaryOfBranch9], ['secretary'], '/1/4/9/')).toBe(true);
    expect(canActOn([secretaryOfBranch9], ['secretary'], '/1/4/10/')).toBe(false);
    expect(canActOn([secretaryOfBranch9], ['admin'], '/1/4/9/')).toBe(false);
    expect(canActOn([adminOfDistrict4], ['secretary', 'admin'], '/1/4/10/')).toBe(true);
  });

  it('answers whether any of the roles is held anywhere', () => {
    expect(hasAnyRole([secretaryOfBranch9], ['admin', 'secretary'])).toBe(true);
    expect(hasAnyRole([], ['member'])).toBe(false);
  });

  it('builds child paths', () => {
    expect(childPath(null, 1)).toBe('/1/');
    expect(childPath('/1/4/', 9)).toBe('/1/4/9/');
  });
});
