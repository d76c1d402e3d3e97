import { splitSpecialities } from './talent-slots';

describe('splitSpecialities', () => {
  it('splits on 、 and commas and spaces, drops blanks and repeats, keeps at most 8', () => {
    expect(splitSpecialities('民事调解、法律咨询, 防诈骗讲解；民事调解 ')).toEqual([
      '民事调解',
      '法律咨询',
      '防诈骗讲解',
    ]);
    expect(splitSpecialities('')).toEqual([]);
    expect(splitSpecialities('a b c d e f g h i j')).toHaveLength(8);
  });
});
