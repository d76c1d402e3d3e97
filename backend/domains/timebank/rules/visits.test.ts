import { confirmDeadline, confirmWindowOpen, confirmerOf, countedMinutes, timeLeftWords } from './visits';

describe('a visit’s counter-signature', () => {
  it('counts the minutes between the scans from the window’s start, at most the window plus an hour', () => {
    const starts = '2026-12-07T01:00:00.000Z';
    expect(countedMinutes(starts, '2026-12-07T03:00:30.000Z', starts, 120)).toBe(120);
    expect(countedMinutes('2026-12-07T00:55:00.000Z', '2026-12-07T03:00:00.000Z', starts, 120)).toBe(120);
    expect(countedMinutes('2026-12-07T01:10:00.000Z', '2026-12-07T03:00:00.000Z', starts, 120)).toBe(110);
    expect(countedMinutes(starts, '2026-12-07T06:00:00.000Z', starts, 120)).toBe(180);
    expect(countedMinutes(starts, '2026-12-07T00:00:00.000Z', starts, 120)).toBe(0);
  });

  it('never lets the helper confirm their own visit; the elder, a relative or the secretary may', () => {
    const f = { callerId: 9, helperId: 9, elderId: 5, isRelative: false, isSecretary: true };
    expect(confirmerOf(f)).toEqual({ refused: expect.stringMatching(/不能自己确认/) });
    expect(confirmerOf({ ...f, callerId: 5 })).toBe('elder');
    expect(confirmerOf({ ...f, callerId: 7, isRelative: true })).toBe('relative');
    expect(confirmerOf({ ...f, callerId: 7 })).toBe('secretary');
    expect(confirmerOf({ ...f, callerId: 7, isSecretary: false })).toEqual({ refused: expect.any(String) });
  });

  it('closes the window 72 hours after the helper left', () => {
    const by = confirmDeadline('2026-12-07T03:00:00.000Z');
    expect(by).toBe('2026-12-10T03:00:00.000Z');
    expect(confirmWindowOpen(by, new Date('2026-12-10T03:00:00.000Z'))).toBe(true);
    expect(confirmWindowOpen(by, new Date('2026-12-10T03:00:01.000Z'))).toBe(false);
    expect(confirmWindowOpen(null, new Date())).toBe(false);
    expect(timeLeftWords(by, new Date('2026-12-07T22:00:00.000Z'))).toBe('还有2天5小时可以确认');
    expect(timeLeftWords(by, new Date('2026-12-10T01:00:00.000Z'))).toBe('还有2小时可以确认');
  });
});
