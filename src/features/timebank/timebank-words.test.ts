import { coverageSentence, hoursWords, requestSentence, trendRows } from './timebank-words';

const request = {
  service: '代购',
  startsAt: '2026-12-08T01:00:00Z',
  status: 'matched' as const,
  statusName: '已有人来帮',
  helper: { id: 7, name: '王阿姨' },
  elder: { id: 861, name: '张奶奶' },
};

describe('time bank words', () => {
  it('says hours as hours and minutes, never as a decimal', () => {
    expect(hoursWords(12)).toBe('12小时');
    expect(hoursWords(2.5)).toBe('2小时30分');
    expect(hoursWords(0.75)).toBe('45分钟');
  });

  it('says who is coming, with the time, to the elder and to her relative', () => {
    expect(requestSentence(request, 861)).toBe('王阿姨会在2026年12月8日 星期二 上午9点来帮您代购。');
    expect(requestSentence(request, 871)).toBe('王阿姨会在2026年12月8日 星期二 上午9点来帮张奶奶代购。');
    expect(requestSentence({ ...request, status: 'visiting' }, 861)).toBe('王阿姨正在帮您代购。');
  });

  it('says what happens next while nobody has taken it', () => {
    expect(requestSentence({ ...request, status: 'open', helper: null }, 861)).toBe(
      '2026年12月8日 星期二 上午9点代购：还没有人接，有人接了会告诉您。',
    );
    expect(requestSentence({ ...request, status: 'awaiting_approval', helper: null }, 871)).toMatch(
      /等支部书记审核，同意后就会有人来帮张奶奶。$/,
    );
  });

  it('says the coverage in words, and below 1 is said, not only coloured', () => {
    const base = { target: 1.2, held: 120, delivered: 100 };
    expect(coverageSentence({ ...base, ratio: 0.8, flag: 'red' })).toMatch(/^覆盖率0\.80，低于1，已标红/);
    expect(coverageSentence({ ...base, ratio: 1.1, flag: 'amber' })).toMatch(/^覆盖率1\.10，还没到目标1\.2。/);
    expect(coverageSentence({ ...base, ratio: 1.35, flag: 'green' })).toBe(
      '覆盖率1.35，达到目标1.2。大家存着能用的120小时，这个月实际服务了100小时。',
    );
    expect(coverageSentence({ ...base, ratio: null, flag: 'none' })).toMatch(/^这个月还没有人提供服务/);
  });

  it('draws the trend as bars against the largest month, red below 1', () => {
    const rows = trendRows([
      { month: '2026-10', ratio: 2, held: 0, delivered: 0 },
      { month: '2026-11', ratio: 0.5, held: 0, delivered: 0 },
      { month: '2026-12', ratio: null, held: 0, delivered: 0 },
    ]);
    expect(rows).toEqual([
      { month: '2026-10', words: '2026年10月：2.00', width: 100, red: false },
      { month: '2026-11', words: '2026年11月：0.50', width: 25, red: true },
      { month: '2026-12', words: '2026年12月：没有服务', width: 0, red: false },
    ]);
  });
});
