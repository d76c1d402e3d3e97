import { chinaInstantOf, chinaToday, daysWords, flagWords, visitProblems, type VisitDraft } from './casework-words';

const NOW = new Date('2026-12-06T17:00:00Z'); // 2026-12-07 01:00 in China
const draft: VisitDraft = {
  name: '李秀英',
  phone: '',
  categories: ['family'],
  summary: '赡养费',
  done: '',
  day: '2026-12-07',
  time: '00:30',
};

describe('casework words', () => {
  it('counts days and times in China', () => {
    expect(chinaToday(NOW)).toBe('2026-12-07');
    expect(chinaInstantOf('2026-12-07', '09:30')).toBe('2026-12-07T09:30:00+08:00');
  });

  it('says every mistake of a visit at once', () => {
    expect(visitProblems(draft, NOW)).toEqual({});
    expect(
      visitProblems(
        { ...draft, name: ' ', phone: '12345', categories: [], summary: '', day: '2026-12-07', time: '09:00' },
        NOW,
      ),
    ).toEqual({
      name: '请填写来访人的姓名。',
      phone: '手机号应当是 11 位数字，例如 13905921234。',
      categories: '请至少选择一项反映的事情。',
      summary: '请写下反映的情况。',
      day: '来访时间不能晚于现在，请核对日期和时间。',
    });
  });

  it('words the days and the 20/30-day flags', () => {
    const open = { status: 'open' as const, staffWarnedAt: null, streetFlaggedAt: null };
    expect(daysWords({ ...open, days: 20 })).toBe('受理第20天');
    expect(daysWords({ status: 'closed', days: 3 })).toBe('用了3天结案');
    expect(flagWords({ ...open, days: 19 })).toBeNull();
    expect(flagWords({ ...open, days: 21 })).toBe('已满20天，请抓紧');
    expect(flagWords({ ...open, days: 31 })).toBe('已满30天，请抓紧');
    expect(flagWords({ ...open, days: 31, streetFlaggedAt: '2026-12-01T00:00:00Z' })).toBe('已满30天，已报街道');
    expect(flagWords({ ...open, status: 'closed', days: 40 })).toBeNull();
  });
});
