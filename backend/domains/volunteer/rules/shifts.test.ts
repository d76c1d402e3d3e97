import { chinaInstant } from '../../../common/china-time';
import {
  chinaWeekday,
  inWindow,
  occurrenceForCheckIn,
  occurrenceOn,
  reminderTime,
  upcomingOccurrences,
} from './shifts';

const thursday = { id: 7, weekday: 4, starts: '14:00', ends: '17:00' };

describe('weekly shifts in China time', () => {
  it('places an occurrence on its China date and weekday', () => {
    expect(chinaWeekday('2026-12-03')).toBe(4);
    expect(chinaWeekday('2026-12-06')).toBe(7);
    const o = occurrenceOn(thursday, '2026-12-03');
    expect(o?.start.toISOString()).toBe('2026-12-03T06:00:00.000Z');
    expect(o?.end.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(occurrenceOn(thursday, '2026-12-04')).toBeNull();
    expect(occurrenceOn(thursday, '2026-13-40')).toBeNull();
    expect(occurrenceOn(thursday, 'soon')).toBeNull();
  });

  it('lists coming occurrences, skipping one already over', () => {
    const afterEnd = new Date('2026-12-03T09:30:00Z'); // Thursday 17:30 China time
    expect(upcomingOccurrences(thursday, afterEnd, 14).map((o) => o.occursOn)).toEqual(['2026-12-10']);
    const before = new Date('2026-12-03T05:00:00Z');
    expect(upcomingOccurrences(thursday, before, 8).map((o) => o.occursOn)).toEqual(['2026-12-03', '2026-12-10']);
  });

  it('takes a check-in 30 minutes either side of the shift, and not a minute more', () => {
    const o = occurrenceOn(thursday, '2026-12-03')!;
    expect(inWindow(o, chinaInstant('2026-12-03', '13:30'), 30)).toBe(true);
    expect(inWindow(o, chinaInstant('2026-12-03', '13:29'), 30)).toBe(false);
    expect(inWindow(o, chinaInstant('2026-12-03', '17:30'), 30)).toBe(true);
    expect(inWindow(o, chinaInstant('2026-12-03', '17:31'), 30)).toBe(false);
    expect(inWindow(o, chinaInstant('2026-12-03', '13:15'), 45)).toBe(true);
  });

  it('picks the signed-up occurrence nearest the check-in', () => {
    const morning = { start: chinaInstant('2026-12-03', '09:00'), end: chinaInstant('2026-12-03', '12:00'), id: 'am' };
    const noon = { start: chinaInstant('2026-12-03', '12:00'), end: chinaInstant('2026-12-03', '14:00'), id: 'noon' };
    expect(occurrenceForCheckIn([morning, noon], chinaInstant('2026-12-03', '11:50'), 30)?.id).toBe('noon');
    expect(occurrenceForCheckIn([morning, noon], chinaInstant('2026-12-03', '08:45'), 30)?.id).toBe('am');
    expect(occurrenceForCheckIn([morning, noon], chinaInstant('2026-12-03', '15:00'), 30)).toBeNull();
  });

  it('reminds at 19:00 China time the evening before', () => {
    expect(reminderTime('2026-12-03').toISOString()).toBe('2026-12-02T11:00:00.000Z');
  });
});
