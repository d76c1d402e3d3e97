import { currentMonth, dayLabel, monthLabel, monthOf, shiftMonth } from './calendar';

describe('calendar words', () => {
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
