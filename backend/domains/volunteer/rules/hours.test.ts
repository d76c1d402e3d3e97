import {
  autoCheckOutAt,
  canUndoCheckOut,
  hoursForRecord,
  hoursOf,
  minimumServedMinutes,
  minutesOfHours,
  UNDO_CHECK_OUT_MINUTES,
  WALK_IN_CAP_MINUTES,
} from './hours';

const at = (hhmm: string) => new Date(`2026-12-03T${hhmm}:00+08:00`);
const shift = { start: at('14:00'), end: at('17:00') };

describe('hours for a record', () => {
  it('counts the doctor’s Thursday, 14:02 to 17:05, as 3 hours', () => {
    expect(hoursForRecord({ checkInAt: at('14:02'), checkOutAt: at('17:05') }, shift, 0.6)).toEqual({
      minutes: 180,
      servedMinutes: 178,
      counted: true,
      share: 0.989,
    });
  });

  it('counts only the time inside the shift', () => {
    expect(hoursForRecord({ checkInAt: at('13:35'), checkOutAt: at('16:00') }, shift, 0.6).minutes).toBe(120);
    expect(hoursForRecord({ checkInAt: at('14:00'), checkOutAt: at('17:29') }, shift, 0.6).minutes).toBe(180);
  });

  it('does not count a stay below the minimum share', () => {
    const short = hoursForRecord({ checkInAt: at('14:00'), checkOutAt: at('15:40') }, shift, 0.6); // 100 of 180 minutes
    expect(short).toMatchObject({ minutes: 0, servedMinutes: 100, counted: false });
    expect(hoursForRecord({ checkInAt: at('14:00'), checkOutAt: at('15:48') }, shift, 0.6)).toMatchObject({
      minutes: 105,
      counted: true,
    });
    expect(hoursForRecord({ checkInAt: at('14:00'), checkOutAt: at('15:40') }, shift, 0)).toMatchObject({
      minutes: 105,
      counted: true,
    });
  });

  it('counts nothing for a stay entirely outside the shift', () => {
    expect(hoursForRecord({ checkInAt: at('17:10'), checkOutAt: at('17:25') }, shift, 0)).toMatchObject({
      minutes: 0,
      counted: false,
    });
  });

  it('counts a walk-in’s time served, capped at a day’s service', () => {
    expect(hoursForRecord({ checkInAt: at('09:00'), checkOutAt: at('10:20') }, null, 0.6)).toMatchObject({
      minutes: 75,
      counted: true,
      share: null,
    });
    expect(hoursForRecord({ checkInAt: at('00:00'), checkOutAt: at('23:00') }, null, 0.6).minutes).toBe(
      WALK_IN_CAP_MINUTES,
    );
    expect(hoursForRecord({ checkInAt: at('09:00'), checkOutAt: at('09:05') }, null, 0.6)).toMatchObject({
      minutes: 0,
      counted: false,
    });
  });

  it('closes a forgotten check-out at the shift end, or a walk-in after its cap', () => {
    expect(autoCheckOutAt(at('14:02'), shift)).toEqual(at('17:00'));
    expect(autoCheckOutAt(at('09:00'), null)).toEqual(at('17:00'));
  });

  it('converts hours and minutes, refusing negative and absurd hours', () => {
    expect(hoursOf(178)).toBe(2.97);
    expect(minutesOfHours(2.5)).toBe(150);
    expect(minutesOfHours(-1)).toBeNull();
    expect(minutesOfHours(25)).toBeNull();
    expect(minutesOfHours(Number.NaN)).toBeNull();
  });
});

describe('taking back a 签退 and the minimum that counts', () => {
  it('allows undo only within the window, and never for a check-out dated after now', () => {
    const out = at('15:00');
    expect(UNDO_CHECK_OUT_MINUTES).toBe(5);
    expect(canUndoCheckOut(out, at('15:00'))).toBe(true);
    expect(canUndoCheckOut(out, at('15:05'))).toBe(true);
    expect(canUndoCheckOut(out, new Date(at('15:05').getTime() + 1000))).toBe(false);
    expect(canUndoCheckOut(out, at('14:59'))).toBe(false);
  });

  it('names the minimum a stay must reach to count: the share of the shift, or what rounds to a quarter hour', () => {
    expect(minimumServedMinutes(shift, 0.6)).toBe(108);
    expect(minimumServedMinutes({ start: at('14:00'), end: at('14:50') }, 0.6)).toBe(30);
    expect(minimumServedMinutes(shift, 0)).toBe(1);
    expect(minimumServedMinutes(null, 0.6)).toBe(8);
    // The walk-in minimum agrees with the hours rule: 7 minutes count nothing, 8 count a quarter hour.
    expect(hoursForRecord({ checkInAt: at('14:00'), checkOutAt: at('14:07') }, null, 0).counted).toBe(false);
    expect(hoursForRecord({ checkInAt: at('14:00'), checkOutAt: at('14:08') }, null, 0).counted).toBe(true);
    // And the shift minimum: one minute less does not count.
    expect(hoursForRecord({ checkInAt: at('14:00'), checkOutAt: at('15:47') }, shift, 0.6).counted).toBe(false);
    expect(hoursForRecord({ checkInAt: at('14:00'), checkOutAt: at('15:48') }, shift, 0.6).counted).toBe(true);
  });
});
