import { removeRelativeLabel, removeRelativeQuestion } from './family-words';

describe('family card words', () => {
  it('name the relative in the button and in the question, in full sentences', () => {
    expect(removeRelativeLabel('王建华')).toBe('不再让王建华代报名');
    expect(removeRelativeQuestion('王建华')).toMatch(/^确定不再让王建华替您报名和取消报名吗？.*王建华.*。$/);
  });
});
