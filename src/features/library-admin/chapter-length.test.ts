import { formatChapterLength } from './chapter-length';

describe('formatChapterLength', () => {
  it.each([
    [0, '0秒'],
    [51.4, '51秒'],
    [59.6, '1分钟'],
    [200, '3分20秒'],
    [3600, '1小时'],
    [3720, '1小时2分'],
    [Number.NaN, '0秒'],
  ])('%p → %p', (seconds, words) => expect(formatChapterLength(seconds)).toBe(words));
});
