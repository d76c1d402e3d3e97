import { newTotpSecret, offlineDelayOk, sceneExpiry, sceneFitsMode, totpAt, totpValidAt } from './codes';

describe('check-in codes', () => {
  const secret = newTotpSecret();
  const t0 = new Date('2026-12-03T06:00:05Z');

  it('rotates the TOTP every 30 s and accepts the code of this step and the one before only', () => {
    const { code, stepEndsAt } = totpAt(secret, t0);
    expect(code).toMatch(/^\d{6}$/);
    expect(stepEndsAt.toISOString()).toBe('2026-12-03T06:00:30.000Z');
    expect(totpValidAt(secret, code, t0)).toBe(true);
    expect(totpValidAt(secret, code, new Date(t0.getTime() + 30_000))).toBe(true);
    expect(totpValidAt(secret, code, new Date(t0.getTime() + 90_000))).toBe(false);
    expect(totpValidAt(newTotpSecret(), code, t0)).toBe(false);
    expect(totpValidAt(secret, '12345', t0)).toBe(false);
    expect(totpValidAt(secret, 'abcdef', t0)).toBe(false);
  });

  it('makes short rotating scenes and long printed ones, and refuses a printed one at a rotating post', () => {
    const rotating = sceneExpiry('rotating', t0);
    expect(rotating.toISOString()).toBe('2026-12-03T06:01:00.000Z');
    expect(sceneFitsMode('rotating', rotating, t0)).toBe(true);
    expect(sceneFitsMode('rotating', rotating, new Date('2026-12-03T06:01:00Z'))).toBe(false);
    const printed = sceneExpiry('geo', t0);
    expect(printed.getUTCFullYear()).toBe(2036);
    expect(sceneFitsMode('geo', printed, t0)).toBe(true);
    expect(sceneFitsMode('rotating', printed, t0)).toBe(false);
  });

  it('takes an offline scan up to 24 h late, never from the future', () => {
    const now = new Date('2026-12-04T06:00:00Z');
    expect(offlineDelayOk(new Date('2026-12-03T06:00:01Z'), now)).toBe('ok');
    expect(offlineDelayOk(new Date('2026-12-03T05:59:59Z'), now)).toBe('too_old');
    expect(offlineDelayOk(new Date('2026-12-04T06:05:00Z'), now)).toBe('future');
  });
});
