import { defaultStudyScope } from './study-scope';

describe('defaultStudyScope', () => {
  it('an admin starts at the unit of the admin grant, not their own branch', () => {
    const scope = defaultStudyScope({
      orgUnitId: 9,
      grants: [
        { role: 'member', orgUnitId: 9 },
        { role: 'admin', orgUnitId: 1 },
      ],
    });
    expect(scope).toEqual({ orgUnitId: 1, canView: true });
  });

  it('a secretary starts at their branch', () => {
    expect(defaultStudyScope({ orgUnitId: 9, grants: [{ role: 'secretary', orgUnitId: 9 }] })).toEqual({
      orgUnitId: 9,
      canView: true,
    });
  });

  it('a member is not a viewer (the server will refuse with a sentence)', () => {
    expect(defaultStudyScope({ orgUnitId: 9, grants: [{ role: 'member', orgUnitId: 9 }] })).toEqual({
      orgUnitId: 9,
      canView: false,
    });
  });
});
