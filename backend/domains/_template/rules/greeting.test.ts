import { greeting } from './greeting';

describe('greeting', () => {
  it('counts the notes left, and says nothing of none', () => {
    expect(greeting('张秀英', 0)).toBe('张秀英，您好！');
    expect(greeting('张秀英', 2)).toBe('张秀英，您好！您已经留下 2 条留言。');
  });
});
