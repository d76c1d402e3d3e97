import { chinaDay, lastChinaDays, monthRange } from './china-day';

describe('China days', () => {
  it('roll over at midnight Beijing time, not UTC', () => {
    expect(chinaDay(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
    expect(chinaDay(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
  });

  it('list the last week oldest first', () => {
    expect(lastChinaDays(new Date('2026-12-02T01:00:00Z'), 3)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('bound a month for text comparison', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-31' });
  });
});
