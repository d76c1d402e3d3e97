import type { OrgUnit } from '../../../contracts/account';
import { canGoUp, hasChildUnits, levelName, placeSentence, stepDown, stepUp, unitShown, upLabel } from './org-trail';

const city: OrgUnit = { id: 1, name: '海湾市', level: 'city', parentId: null };
const district: OrgUnit = { id: 2, name: '东湖区', level: 'district', parentId: 1 };
const street: OrgUnit = { id: 3, name: '湖滨街道', level: 'street', parentId: 2 };
const branch: OrgUnit = { id: 9, name: '莲花社区离退休干部党支部', level: 'branch', parentId: 5 };

describe('levelName', () => {
  it('names every level in words', () => {
    expect(['city', 'district', 'street', 'community', 'branch'].map((l) => levelName(l as OrgUnit['level']))).toEqual([
      '市',
      '区',
      '街道',
      '社区',
      '支部',
    ]);
  });
});

describe('hasChildUnits', () => {
  it('a branch has nothing below it; every other level may', () => {
    expect(hasChildUnits(branch)).toBe(false);
    expect(hasChildUnits(city)).toBe(true);
    expect(hasChildUnits({ level: 'community' })).toBe(true);
  });
});

describe('stepping down and up', () => {
  it('goes down one direct child at a time and back up one level', () => {
    const down = stepDown(stepDown([city], district), street);
    expect(down.map((u) => u.name)).toEqual(['海湾市', '东湖区', '湖滨街道']);
    expect(unitShown(down)).toBe(street);
    expect(stepUp(down).map((u) => u.name)).toEqual(['海湾市', '东湖区']);
  });

  it('refuses a unit that is not a child of the one shown (the way back would be wrong)', () => {
    expect(stepDown([city], street)).toEqual([city]);
    expect(stepDown([], district)).toEqual([]);
  });

  it('never goes above the viewer’s own top unit', () => {
    expect(canGoUp([city])).toBe(false);
    expect(stepUp([city])).toEqual([city]);
    expect(canGoUp([])).toBe(false);
    expect(stepUp([])).toEqual([]);
    // A secretary starts at their branch: no way up at all.
    expect(canGoUp([branch])).toBe(false);
    expect(upLabel([branch])).toBeNull();
  });
});

describe('words on the screen', () => {
  it('the back button names the unit it goes back to', () => {
    expect(upLabel([city, district])).toBe('返回上一级（海湾市）');
    expect(upLabel([city, district, street])).toBe('返回上一级（东湖区）');
    expect(upLabel([city])).toBeNull();
  });

  it('says what the unit shown is, in a sentence', () => {
    expect(placeSentence([city])).toBe('这是您管理的市。');
    expect(placeSentence([branch])).toBe('这是您管理的支部。');
    expect(placeSentence([city, district])).toBe('这是海湾市下属的区。');
    expect(placeSentence([city, district, street])).toBe('这是东湖区下属的街道。');
    expect(placeSentence([])).toBe('');
  });
});
