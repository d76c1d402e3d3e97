import { fullPhoneUnits, maskPhone, phoneFor, phoneSearchProblem, seesFullPhone } from './phone-visibility';

const branch1 = '/1/2/3/4/5/';
const branch2 = '/1/2/3/4/6/';
const otherDistrict = '/1/9/';

describe('phone visibility', () => {
  test('masks all but the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone(null)).toBeNull();
  });

  test("the member's own branch secretary sees it in full; a neighbouring branch's secretary does not", () => {
    expect(seesFullPhone([{ role: 'secretary', orgUnitId: 5, orgPath: branch1 }], branch1)).toBe(true);
    expect(seesFullPhone([{ role: 'secretary', orgUnitId: 6, orgPath: branch2 }], branch1)).toBe(false);
  });

  test('an admin above the branch sees it; an admin of another district and a plain member do not', () => {
    expect(seesFullPhone([{ role: 'admin', orgUnitId: 2, orgPath: '/1/2/' }], branch1)).toBe(true);
    expect(seesFullPhone([{ role: 'admin', orgUnitId: 9, orgPath: otherDistrict }], branch1)).toBe(false);
    expect(seesFullPhone([{ role: 'member', orgUnitId: 5, orgPath: branch1 }], branch1)).toBe(false);
  });

  test('phoneFor says whether the number was shown in full, so the view can be audited', () => {
    expect(phoneFor([{ role: 'secretary', orgUnitId: 5, orgPath: branch1 }], branch1, '13812345678')).toEqual({
      phone: '13812345678',
      full: true,
    });
    expect(phoneFor([{ role: 'secretary', orgUnitId: 6, orgPath: branch2 }], branch1, '13812345678')).toEqual({
      phone: '138****5678',
      full: false,
    });
  });
});

describe('searching by phone digits', () => {
  const postManager = [{ role: 'post_manager' as const, orgUnitId: 3, orgPath: '/1/2/3/' }];
  const secretary = [{ role: 'secretary' as const, orgUnitId: 5, orgPath: branch1 }];

  test('a viewer of masked numbers may search the last four digits they are shown, never more', () => {
    expect(phoneSearchProblem(postManager, '0000')).toBeNull();
    expect(phoneSearchProblem(postManager, '13900')).toMatch(/后 4 位/);
    expect(phoneSearchProblem(postManager, '13900000000')).toMatch(/后 4 位/);
  });

  test('a viewer who sees full numbers somewhere may search a whole number', () => {
    expect(phoneSearchProblem(secretary, '13900000000')).toBeNull();
  });

  test("full numbers are seen in the secretary's own branches and the admin's subtrees", () => {
    expect(
      fullPhoneUnits([...secretary, { role: 'admin', orgUnitId: 9, orgPath: otherDistrict }, ...postManager]),
    ).toEqual({ branches: [branch1], subtrees: [otherDistrict] });
  });
});
