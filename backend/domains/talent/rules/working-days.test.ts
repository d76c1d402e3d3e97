import { matchRateOf, matchTiming, workingDeadline } from './working-days';

// 2026-12-07 is a Monday; times are China time (+08:00).
const at = (s: string) => new Date(s);

describe('workingDeadline', () => {
  it('is the end of the 5th working day after a Monday: the next Monday, midnight China time', () => {
    expect(workingDeadline(at('2026-12-07T10:00:00+08:00')).toISOString()).toBe(
      at('2026-12-15T00:00:00+08:00').toISOString(),
    );
  });
  it('skips the weekend from a Friday: the next Friday', () => {
    expect(workingDeadline(at('2026-12-11T16:00:00+08:00')).toISOString()).toBe(
      at('2026-12-19T00:00:00+08:00').toISOString(),
    );
  });
  it('counts a Saturday posting from the Monday after: the Friday', () => {
    expect(workingDeadline(at('2026-12-12T09:00:00+08:00')).toISOString()).toBe(
      at('2026-12-19T00:00:00+08:00').toISOString(),
    );
  });
  it('takes the China day, not the UTC day (23:30 China on Friday is still Friday)', () => {
    expect(workingDeadline(at('2026-12-11T23:30:00+08:00')).toISOString()).toBe(
      at('2026-12-19T00:00:00+08:00').toISOString(),
    );
    // 00:30 China on Saturday is Friday 16:30 UTC: still a Saturday posting.
    expect(workingDeadline(at('2026-12-12T00:30:00+08:00')).toISOString()).toBe(
      at('2026-12-19T00:00:00+08:00').toISOString(),
    );
  });
});

describe('matchTiming', () => {
  const posted = at('2026-12-11T16:00:00+08:00'); // a Friday
  it('is in time up to the last minute of the 5th working day', () => {
    expect(matchTiming(posted, at('2026-12-18T23:59:00+08:00'), at('2027-01-01T00:00:00Z'))).toBe('in-time');
    expect(matchTiming(posted, at('2026-12-19T00:00:00+08:00'), at('2027-01-01T00:00:00Z'))).toBe('in-time');
    expect(matchTiming(posted, at('2026-12-19T00:00:01+08:00'), at('2027-01-01T00:00:00Z'))).toBe('late');
  });
  it('waits while unmatched inside the days, and is late once they pass', () => {
    expect(matchTiming(posted, null, at('2026-12-18T12:00:00+08:00'))).toBe('waiting');
    expect(matchTiming(posted, null, at('2026-12-19T08:00:00+08:00'))).toBe('late');
  });
});

describe('matchRateOf', () => {
  it('counts only requests whose outcome is known', () => {
    expect(matchRateOf(['in-time', 'in-time', 'late', 'waiting'])).toEqual({
      withinFiveDays: 2,
      total: 3,
      waiting: 1,
      percent: 66.7,
    });
  });
  it('says nothing (null) with nothing to count', () => {
    expect(matchRateOf(['waiting'])).toEqual({ withinFiveDays: 0, total: 0, waiting: 1, percent: null });
  });
});
