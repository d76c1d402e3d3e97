import {
  currentMonth,
  dateTimeWords,
  dateWords,
  dayLabel,
  monthLabel,
  monthOf,
  shiftMonth,
  sinceWords,
  timeWords,
  tomorrowInChinaAt,
} from './calendar';

describe('months and days', () => {
  it('steps months across year ends', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-03', 0)).toBe('2026-03');
  });

  it('names months and days in plain Chinese', () => {
    expect(monthLabel('2026-03')).toBe('2026年3月');
    expect(monthOf('2026-11-23')).toBe('2026-11');
    expect(currentMonth(new Date(2026, 10, 5))).toBe('2026-11');
    expect(dayLabel('2026-11-23', '2026-11-23')).toBe('今天');
    expect(dayLabel('2026-11-22', '2026-11-23')).toBe('昨天');
    expect(dayLabel('2026-11-16', '2026-11-23')).toBe('11月16日 周一');
    expect(dayLabel('2026-02-28', '2026-03-01')).toBe('昨天');
  });
});

describe('moments in China time', () => {
  it('says an instant from the server as a date, weekday and time of day', () => {
    // 01:00 UTC is 9:00 in Beijing; 1 December 2026 is a Tuesday.
    expect(dateTimeWords('2026-12-01T01:00:00.000Z')).toBe('12月1日 星期二 上午9:00');
    expect(dateTimeWords(new Date('2026-12-01T01:00:00Z'))).toBe('12月1日 星期二 上午9:00');
  });

  it('uses the China date even when UTC is still on the day before', () => {
    // 20:30 UTC on 30 November is 04:30 on 1 December in Beijing.
    expect(dateWords('2026-11-30T20:30:00Z')).toBe('12月1日 星期二');
    expect(timeWords('2026-11-30T20:30:00Z')).toBe('凌晨4:30');
  });

  it('names every part of the day, on a 12-hour clock', () => {
    const at = (hhmm: string) => timeWords(`2026-12-01T${hhmm}:00+08:00`);
    expect([
      at('00:05'),
      at('05:59'),
      at('06:00'),
      at('11:59'),
      at('12:00'),
      at('12:30'),
      at('13:00'),
      at('15:05'),
      at('17:59'),
      at('18:00'),
      at('23:45'),
    ]).toEqual([
      '凌晨0:05',
      '凌晨5:59',
      '上午6:00',
      '上午11:59',
      '中午12:00',
      '中午12:30',
      '下午1:00',
      '下午3:05',
      '下午5:59',
      '晚上6:00',
      '晚上11:45',
    ]);
  });

  it('takes a China day as written, in any time zone', () => {
    expect(dateWords('2026-12-01')).toBe('12月1日 星期二');
    expect(dateWords('2027-01-03')).toBe('1月3日 星期日');
  });
});

describe('when something arrived', () => {
  // 10:00 on Wednesday 2 December 2026 in Beijing.
  const now = new Date('2026-12-02T02:00:00Z');

  it('says today and yesterday by name, in China days', () => {
    expect(sinceWords('2026-12-02T00:30:00Z', now)).toBe('今天 上午8:30');
    // 17:00 UTC on 1 December is 1:00 on 2 December in Beijing: still today.
    expect(sinceWords('2026-12-01T17:00:00Z', now)).toBe('今天 凌晨1:00');
    expect(sinceWords('2026-12-01T07:05:00Z', now)).toBe('昨天 下午3:05');
  });

  it('gives the date and weekday before that, and the year once it is another year', () => {
    expect(sinceWords('2026-11-30T01:00:00Z', now)).toBe('11月30日 星期一 上午9:00');
    expect(sinceWords('2025-12-01T01:00:00Z', now)).toBe('2025年12月1日 星期一 上午9:00');
  });

  it('uses the China day of the phone’s clock too', () => {
    // 16:30 UTC on 1 December is already 2 December in Beijing.
    expect(sinceWords('2026-12-01T16:10:00Z', new Date('2026-12-01T16:30:00Z'))).toBe('今天 凌晨0:10');
  });
});

describe('tomorrowInChinaAt', () => {
  it('is the China day after, at the hour, even when the UTC day has not turned yet', () => {
    // 01:00 on 2 December in China is still 1 December in UTC: tomorrow is 3 December.
    expect(tomorrowInChinaAt(8, new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-03T00:00:00.000Z');
    expect(tomorrowInChinaAt(8, new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-02T00:00:00.000Z');
  });
});
