import { childPath, isWithin } from '../common/org-paths';
import { canActOn, hasAnyRole, judgePersonReach, rolesWithin, scopeRoots, type ScopedGrant } from './org-scope';

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

  it('finds the tops of the subtrees a set of roles reaches, each once', () => {
    const secretaryOfBranch12: ScopedGrant = { role: 'secretary', orgUnitId: 12, orgPath: '/1/45/12/' };
    const memberOfBranch9: ScopedGrant = { role: 'member', orgUnitId: 9, orgPath: '/1/4/9/' };
    // Branch 9 lies inside district 4; branch 12 is under district 45, which "/1/4/" must not swallow.
    expect(
      scopeRoots([secretaryOfBranch9, adminOfDistrict4, secretaryOfBranch12, memberOfBranch9], ['secretary', 'admin']),
    ).toEqual(['/1/4/', '/1/45/12/']);
    expect(scopeRoots([secretaryOfBranch9, secretaryOfBranch9], ['secretary'])).toEqual(['/1/4/9/']);
    expect(scopeRoots([memberOfBranch9], ['secretary', 'admin'])).toEqual([]);
  });

  it('builds child paths', () => {
    expect(childPath(null, 1)).toBe('/1/');
    expect(childPath('/1/4/', 9)).toBe('/1/4/9/');
  });

  describe('acting on a person (credentials, records, roles)', () => {
    const inviters = ['secretary', 'admin'] as const;
    const member = (path: string): ScopedGrant => ({ role: 'member', orgUnitId: 0, orgPath: path });
    const cityAdmin: ScopedGrant = { role: 'admin', orgUnitId: 1, orgPath: '/1/' };

    it('lets a secretary invite a plain member of their branch', () => {
      expect(
        judgePersonReach([secretaryOfBranch9], inviters, { homePath: '/1/4/9/', grants: [member('/1/4/9/')] }),
      ).toBe('ok');
    });

    it('refuses a person whose home is outside the issuer scope', () => {
      expect(
        judgePersonReach([secretaryOfBranch9], inviters, { homePath: '/1/4/10/', grants: [member('/1/4/10/')] }),
      ).toBe('outside-scope');
    });

    it('refuses a person at home in the branch who holds a role beyond it (the city admin)', () => {
      expect(
        judgePersonReach([secretaryOfBranch9], inviters, {
          homePath: '/1/4/9/',
          grants: [member('/1/4/9/'), cityAdmin],
        }),
      ).toBe('wider-role');
    });

    it('refuses a person whose role in the subtree reaches further than the issuer role', () => {
      const adminOfBranch9: ScopedGrant = { role: 'admin', orgUnitId: 9, orgPath: '/1/4/9/' };
      expect(judgePersonReach([secretaryOfBranch9], inviters, { homePath: '/1/4/9/', grants: [adminOfBranch9] })).toBe(
        'wider-role',
      );
    });

    it('lets a district admin invite a secretary inside the district, but not a member who volunteers elsewhere', () => {
      expect(
        judgePersonReach([adminOfDistrict4], inviters, { homePath: '/1/4/9/', grants: [secretaryOfBranch9] }),
      ).toBe('ok');
      const volunteerElsewhere: ScopedGrant = { role: 'volunteer', orgUnitId: 7, orgPath: '/1/7/' };
      expect(
        judgePersonReach([adminOfDistrict4], inviters, {
          homePath: '/1/4/9/',
          grants: [member('/1/4/9/'), volunteerElsewhere],
        }),
      ).toBe('wider-role');
    });

    it('refuses a branch secretary the post manager of the street whose home is their branch, and lets the district admin', () => {
      const postManagerOfStreet: ScopedGrant = { role: 'post_manager', orgUnitId: 5, orgPath: '/1/4/5/' };
      const target = { homePath: '/1/4/5/9/', grants: [member('/1/4/5/9/'), postManagerOfStreet] };
      const secretaryHere: ScopedGrant = { role: 'secretary', orgUnitId: 9, orgPath: '/1/4/5/9/' };
      expect(judgePersonReach([secretaryHere], inviters, target)).toBe('wider-role');
      expect(judgePersonReach([adminOfDistrict4], inviters, target)).toBe('ok');
    });

    it('lets an equal reach act on an equal (a fellow secretary of the branch, an admin beside an admin)', () => {
      expect(
        judgePersonReach([secretaryOfBranch9], inviters, { homePath: '/1/4/9/', grants: [secretaryOfBranch9] }),
      ).toBe('ok');
      expect(judgePersonReach([cityAdmin], ['admin'], { homePath: '/1/4/9/', grants: [cityAdmin] })).toBe('ok');
      expect(judgePersonReach([adminOfDistrict4], ['admin'], { homePath: '/1/4/9/', grants: [cityAdmin] })).toBe(
        'wider-role',
      );
    });

    it('names the roles a role may find on a person it acts on', () => {
      expect(rolesWithin('secretary').sort()).toEqual(['member', 'post_manager', 'secretary', 'volunteer']);
      expect(rolesWithin('post_manager').sort()).toEqual(['member', 'post_manager', 'volunteer']);
      expect(rolesWithin('member').sort()).toEqual(['member', 'volunteer']);
    });

    it('does not count a grant of a role that may not issue', () => {
      const memberOfDistrict: ScopedGrant = { role: 'member', orgUnitId: 4, orgPath: '/1/4/' };
      expect(judgePersonReach([memberOfDistrict], inviters, { homePath: '/1/4/9/', grants: [member('/1/4/9/')] })).toBe(
        'outside-scope',
      );
    });
  });
});
