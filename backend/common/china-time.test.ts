import {
  chinaDateTimeWords,
  chinaDateWords,
  chinaDay,
  chinaInstant,
  clockWords,
  lastChinaDays,
  monthRange,
  nextChinaTime,
  timeOfDayWords,
} from './china-time';

describe('China days', () => {
  it('roll over at midnight Beijing time, not UTC', () => {
    expect(chinaDay(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
    expect(chinaDay(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
  });

  it('are written with their year for paper, the China day of the instant', () => {
    expect(chinaDateWords('2026-12-31T16:30:00Z')).toBe('2027年1月1日');
    expect(chinaDateWords(new Date('2026-12-06T03:00:00Z'))).toBe('2026年12月6日');
  });

  it('list the last week oldest first', () => {
    expect(lastChinaDays(new Date('2026-12-02T01:00:00Z'), 3)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('bound a month for text comparison', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-31' });
  });

  it('place a wall-clock time on a China date', () => {
    expect(chinaInstant('2026-12-01', '09:00').toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(chinaInstant('2026-12-01', '07:30').toISOString()).toBe('2026-11-30T23:30:00.000Z');
  });

  it('find the next 02:00 in China: tonight’s while it is still to come, else the next night’s', () => {
    // 01:59 China on 12-07 → 02:00 the same China day; 02:00 exactly has passed → the next day's.
    expect(nextChinaTime(new Date('2026-12-06T17:59:00Z'), '02:00').toISOString()).toBe('2026-12-06T18:00:00.000Z');
    expect(nextChinaTime(new Date('2026-12-06T18:00:00Z'), '02:00').toISOString()).toBe('2026-12-07T18:00:00.000Z');
    // Noon UTC is 20:00 China: the coming night.
    expect(nextChinaTime(new Date('2026-12-07T12:00:00Z'), '02:00').toISOString()).toBe('2026-12-07T18:00:00.000Z');
  });
});

describe('China time words', () => {
  it('say times in China time', () => {
    expect(clockWords(new Date('2026-12-03T06:02:00Z'))).toBe('下午2点02分');
    expect(chinaDateTimeWords(new Date('2026-12-03T06:00:00Z'))).toBe('2026年12月3日 星期四 下午2点');
    expect(chinaDateTimeWords('2026-12-03T01:30:00Z')).toBe('2026年12月3日 星期四 上午9点30分');
  });

  it('name every part of the day', () => {
    expect(chinaDateTimeWords('2026-12-02T21:30:00Z')).toBe('2026年12月3日 星期四 凌晨5点30分');
    expect(chinaDateTimeWords('2026-12-03T04:05:00Z')).toBe('2026年12月3日 星期四 中午12点05分');
    expect(chinaDateTimeWords('2026-12-03T11:30:00Z')).toBe('2026年12月3日 星期四 晚上7点30分');
  });

  it('say today and tomorrow by China days', () => {
    const now = new Date('2026-12-01T12:00:00Z'); // 20:00 on 12月1日 in China
    expect(timeOfDayWords('2026-12-01T13:00:00Z', now)).toBe('今天晚上9点');
    expect(timeOfDayWords('2026-12-01T16:30:00Z', now)).toBe('明天凌晨0点30分');
    expect(timeOfDayWords('2026-12-03T01:00:00Z', now)).toBe('2026年12月3日 星期四 上午9点');
  });
});
