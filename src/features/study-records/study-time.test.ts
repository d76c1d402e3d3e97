import { formatListening, listeningSentence } from './study-time';

describe('formatListening', () => {
  it.each([
    [0, '0分钟'],
    [-5, '0分钟'],
    [Number.NaN, '0分钟'],
    [30, '不到1分钟'],
    [60, '1分钟'],
    [25 * 60 + 59, '25分钟'],
    [3600, '1小时'],
    [3600 + 20 * 60, '1小时20分'],
    [10 * 3600 + 5 * 60 + 30, '10小时5分'],
  ])('%p seconds → %p', (seconds, words) => {
    expect(formatListening(seconds)).toBe(words);
  });
});

describe('listeningSentence', () => {
  it('says how long, or says plainly that nothing was heard', () => {
    expect(listeningSentence('本周', 4800)).toBe('本周听了 1小时20分');
    expect(listeningSentence('今天', 0)).toBe('今天还没有听书');
  });
});
