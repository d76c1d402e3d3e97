import { listeningSentence } from './study-time';

describe('listeningSentence', () => {
  it('says how long, or says plainly that nothing was heard', () => {
    expect(listeningSentence('本周', 4800)).toBe('本周听了 1小时20分');
    expect(listeningSentence('今天', 30)).toBe('今天听了 不到1分钟');
    expect(listeningSentence('今天', 0)).toBe('今天还没有听书');
  });
});
