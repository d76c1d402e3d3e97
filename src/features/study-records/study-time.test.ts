import {
  barPercent,
  listenedAmount,
  listeningSentence,
  noListeningWords,
  nobodyListenedWords,
  notListenedSentence,
} from './study-time';

describe('listeningSentence', () => {
  it('says how long, or says plainly that nothing was heard', () => {
    expect(listeningSentence('本周', 4800)).toBe('本周听了 1小时20分');
    expect(listeningSentence('今天', 0)).toBe('今天还没有听书');
  });

  it('says the seconds under a minute, not "不到1分钟"', () => {
    expect(listeningSentence('今天', 25)).toBe('今天听了 25秒');
    expect(listenedAmount(59)).toBe('59秒');
    expect(listenedAmount(60)).toBe('1分钟');
  });
});

describe('barPercent', () => {
  it('is not full for a short day just because it was the longest of the week', () => {
    expect(barPercent(25, 25)).toBe(2);
    expect(barPercent(15 * 60, 15 * 60)).toBe(50);
    expect(barPercent(0, 600)).toBe(0);
  });

  it('is full for the longest day once a day passes half an hour', () => {
    expect(barPercent(3600, 3600)).toBe(100);
    expect(barPercent(1800, 3600)).toBe(50);
  });
});

describe('month words', () => {
  it('says 本月 only for the month still going, and names a past month', () => {
    expect(noListeningWords('2025-11', '2025-11')).toBe('本月还没有听书');
    expect(noListeningWords('2025-10', '2025-11')).toBe('2025年10月没有听书');
    expect(nobodyListenedWords('2025-10', '2025-11')).toBe('2025年10月没有人听书');
    expect(notListenedSentence(3, '2025-10', '2025-11')).toBe('2025年10月有 3 人没有听书，名单在下面最后。');
    expect(notListenedSentence(3, '2025-11', '2025-11')).toBe(
      '本月还有 3 人没有听书，名单在下面最后，可以提醒他们来听。',
    );
  });
});
