import { hasProblems, problemsSentence } from './form-problems';

describe('form problems', () => {
  it('counts every mistake at once and says how many', () => {
    const problems = { title: '请填写活动名称。', date: '请选择活动日期。', place: undefined };
    expect(hasProblems(problems)).toBe(true);
    expect(problemsSentence(problems)).toBe('有2处要改一下，已经在各自的格子下面说明了。');
    expect(problemsSentence({ title: '请填写活动名称。' })).toBe('有1处要改一下，已经在那个格子下面说明了。');
  });

  it('says nothing when all is well', () => {
    expect(hasProblems({ title: undefined })).toBe(false);
    expect(problemsSentence({})).toBeNull();
  });
});
