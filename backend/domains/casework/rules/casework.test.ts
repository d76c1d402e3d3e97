import {
  caseDays,
  caseMomentProblem,
  closeProblem,
  daysBetween,
  deadlinesDue,
  pastMomentProblem,
  streetRecipients,
} from './casework';

const NOW = new Date('2026-12-07T04:00:00Z'); // 12:00 in China

describe('casework rules', () => {
  it('counts China days since 受理: 0 the same day, a day at China midnight', () => {
    expect(daysBetween('2026-12-07T00:30:00Z', NOW)).toBe(0);
    // 2026-12-06 23:30 China time: yesterday in China although the same UTC day.
    expect(daysBetween('2026-12-06T15:30:00Z', NOW)).toBe(1);
    expect(daysBetween('2026-11-17T02:00:00Z', NOW)).toBe(20);
    expect(caseDays({ accepted_at: '2026-11-01T02:00:00Z', closed_at: '2026-11-03T02:00:00Z' }, NOW)).toBe(2);
  });

  it('refuses a visit or step in the future or before 2000, allows a phone a minute ahead', () => {
    expect(pastMomentProblem('来访时间', '2026-12-07T04:01:00Z', NOW)).toBeNull();
    expect(pastMomentProblem('来访时间', '2026-12-08T04:00:00Z', NOW)).toBe('来访时间不能晚于现在，请核对日期和时间。');
    expect(pastMomentProblem('来访时间', '1999-12-31T00:00:00Z', NOW)).toMatch(/太早/);
    expect(caseMomentProblem('调解时间', '2026-11-30T02:00:00Z', '2026-12-01T02:00:00Z', NOW)).toMatch(/不能早于受理/);
    expect(caseMomentProblem('调解时间', '2026-12-01T01:00:00Z', '2026-12-01T02:00:00Z', NOW)).toBeNull();
  });

  it('closes only an open case with its 回访 logged', () => {
    expect(closeProblem('open', 0)).toMatch(/先做回访/);
    expect(closeProblem('open', 1)).toBeNull();
    expect(closeProblem('closed', 1)).toMatch(/已经结案/);
  });

  it('warns the staff at 20 days and the street at 30, each once, never for a closed case', () => {
    const c = {
      accepted_at: '2026-11-17T02:00:00Z',
      status: 'open' as const,
      staff_warned_at: null,
      street_flagged_at: null,
    };
    expect(deadlinesDue({ ...c, accepted_at: '2026-11-18T02:00:00Z' }, NOW)).toEqual({
      warnStaff: false,
      flagStreet: false,
    });
    expect(deadlinesDue(c, NOW)).toEqual({ warnStaff: true, flagStreet: false });
    expect(deadlinesDue({ ...c, staff_warned_at: 'x' }, NOW)).toEqual({ warnStaff: false, flagStreet: false });
    const old = { ...c, accepted_at: '2026-11-01T02:00:00Z' };
    expect(deadlinesDue(old, NOW)).toEqual({ warnStaff: true, flagStreet: true });
    expect(deadlinesDue({ ...old, staff_warned_at: 'x', street_flagged_at: 'y' }, NOW)).toEqual({
      warnStaff: false,
      flagStreet: false,
    });
    expect(deadlinesDue({ ...old, status: 'closed' }, NOW)).toEqual({ warnStaff: false, flagStreet: false });
  });

  it("sends the street's flag to the street's officials, or the nearest above when it has none", () => {
    const street = '/1/2/3/';
    const officials = [
      { personId: 1, orgPath: '/1/' },
      { personId: 2, orgPath: '/1/2/' },
      { personId: 3, orgPath: '/1/2/3/' },
      { personId: 4, orgPath: '/1/2/3/4/' },
      { personId: 5, orgPath: '/1/9/' },
    ];
    expect(streetRecipients(street, officials)).toEqual([3]);
    expect(
      streetRecipients(
        street,
        officials.filter((o) => o.personId !== 3),
      ),
    ).toEqual([2]);
    expect(streetRecipients(street, [{ personId: 5, orgPath: '/1/9/' }])).toEqual([]);
  });
});
