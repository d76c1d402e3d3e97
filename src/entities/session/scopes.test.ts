import { grantsInScope, holdsScope } from './scopes';

const secretary = {
  roles: ['member', 'secretary'] as const,
  grants: [
    { role: 'member', orgUnitId: 9 },
    { role: 'secretary', orgUnitId: 9 },
  ] as const,
};
const admin = { roles: ['admin'] as const, grants: [{ role: 'admin', orgUnitId: 1 }] as const };
const member = { roles: ['member'] as const, grants: [{ role: 'member', orgUnitId: 9 }] as const };

describe('holdsScope', () => {
  it('offers branch work to secretaries and admins, the library to admins only', () => {
    expect([secretary, admin, member].map((u) => holdsScope({ roles: [...u.roles] }, 'manageBranch'))).toEqual([
      true,
      true,
      false,
    ]);
    expect([secretary, admin, member].map((u) => holdsScope({ roles: [...u.roles] }, 'manageLibrary'))).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe('grantsInScope', () => {
  it('keeps only the grants of the scope’s roles', () => {
    expect(grantsInScope({ grants: [...secretary.grants] }, 'manageBranch')).toEqual([
      { role: 'secretary', orgUnitId: 9 },
    ]);
    expect(grantsInScope({ grants: [...member.grants] }, 'manageBranch')).toEqual([]);
  });
});
