import {
  chinaInstant,
  currentMonth,
  dateTimeWords,
  dateWords,
  hhmmWords,
  plainDateWords,
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
    expect(dateTimeWords('2026-12-01T01:00:00.000Z')).toBe('2026年12月1日 星期二 上午9点');
    expect(dateTimeWords(new Date('2026-12-01T01:00:00Z'))).toBe('2026年12月1日 星期二 上午9点');
  });

  it('uses the China date even when UTC is still on the day before', () => {
    // 20:30 UTC on 30 November is 04:30 on 1 December in Beijing.
    expect(dateWords('2026-11-30T20:30:00Z')).toBe('2026年12月1日 星期二');
    expect(timeWords('2026-11-30T20:30:00Z')).toBe('凌晨4点30分');
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
      '凌晨0点05分',
      '凌晨5点59分',
      '上午6点',
      '上午11点59分',
      '中午12点',
      '中午12点30分',
      '下午1点',
      '下午3点05分',
      '下午5点59分',
      '晚上6点',
      '晚上11点45分',
    ]);
  });

  it('takes a China day as written, in any time zone', () => {
    expect(dateWords('2026-12-01')).toBe('2026年12月1日 星期二');
    expect(dateWords('2027-01-03')).toBe('2027年1月3日 星期日');
    expect(plainDateWords('1948-03-09')).toBe('1948年3月9日');
    expect(monthLabel('1966-08')).toBe('1966年8月');
  });
});

describe('typed times', () => {
  it('says a picker time in words and leaves anything else alone', () => {
    expect(hhmmWords('09:00')).toBe('上午9点');
    expect(hhmmWords('14:45')).toBe('下午2点45分');
    expect(hhmmWords('明早')).toBe('明早');
  });
});

describe('when something arrived', () => {
  // 10:00 on Wednesday 2 December 2026 in Beijing.
  const now = new Date('2026-12-02T02:00:00Z');

  it('says today and yesterday by name, in China days', () => {
    expect(sinceWords('2026-12-02T00:30:00Z', now)).toBe('今天 上午8点30分');
    // 17:00 UTC on 1 December is 1:00 on 2 December in Beijing: still today.
    expect(sinceWords('2026-12-01T17:00:00Z', now)).toBe('今天 凌晨1点');
    expect(sinceWords('2026-12-01T07:05:00Z', now)).toBe('昨天 下午3点05分');
  });

  it('gives the whole date, year and weekday, before that', () => {
    expect(sinceWords('2026-11-30T01:00:00Z', now)).toBe('2026年11月30日 星期一 上午9点');
    expect(sinceWords('2025-12-01T01:00:00Z', now)).toBe('2025年12月1日 星期一 上午9点');
  });

  it('uses the China day of the phone’s clock too', () => {
    // 16:30 UTC on 1 December is already 2 December in Beijing.
    expect(sinceWords('2026-12-01T16:10:00Z', new Date('2026-12-01T16:30:00Z'))).toBe('今天 凌晨0点10分');
  });
});

describe('tomorrowInChinaAt', () => {
  it('is the China day after, at the hour, even when the UTC day has not turned yet', () => {
    // 01:00 on 2 December in China is still 1 December in UTC: tomorrow is 3 December.
    expect(tomorrowInChinaAt(8, new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-03T00:00:00.000Z');
    expect(tomorrowInChinaAt(8, new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-02T00:00:00.000Z');
  });
});

describe('chinaInstant', () => {
  it('reads the pickers in China time, whatever the phone is set to', () => {
    expect(chinaInstant('2026-12-1', '9:05')).toBe('2026-12-01T09:05:00+08:00');
    expect(new Date(chinaInstant('2026-12-01', '08:00')!).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('answers null for what is not a choice', () => {
    expect(chinaInstant('', '09:00')).toBeNull();
    expect(chinaInstant('2026-12-01', '9点')).toBeNull();
    expect(chinaInstant('2026-13-40', '09:00')).toBeNull();
  });
});
