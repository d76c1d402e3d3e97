import { consentState, consentUntil, consentView, oldestActiveConsent, shouldAskAgain } from './consent';

const given = '2026-12-07T02:00:00.000Z';
const now = new Date('2027-06-01T00:00:00Z');

describe('consent', () => {
  it('holds for two calendar years, then expires', () => {
    expect(consentUntil(given).toISOString()).toBe('2028-12-07T02:00:00.000Z');
    expect(consentState({ consent_at: given, withdrawn_at: null }, new Date('2028-12-07T01:59:59Z'))).toBe('active');
    expect(consentState({ consent_at: given, withdrawn_at: null }, new Date('2028-12-07T02:00:00Z'))).toBe('expired');
  });
  it('is withdrawn whatever its date, and none when never given', () => {
    expect(consentState({ consent_at: given, withdrawn_at: '2027-01-01T00:00:00Z' }, now)).toBe('withdrawn');
    expect(consentState({ consent_at: null, withdrawn_at: null }, now)).toBe('none');
  });
  it('agrees with the where-clause bound: active exactly when given after oldestActiveConsent', () => {
    for (const at of ['2028-12-07T01:59:59Z', '2028-12-07T02:00:00Z', '2028-12-07T02:00:01Z']) {
      const t = new Date(at);
      expect(consentState({ consent_at: given, withdrawn_at: null }, t) === 'active').toBe(
        given > oldestActiveConsent(t),
      );
    }
  });
  it('shows the date it runs out', () => {
    expect(consentView({ consent_at: given, withdrawn_at: null }, now)).toEqual({
      state: 'active',
      givenAt: given,
      until: '2028-12-07T02:00:00.000Z',
      withdrawnAt: null,
    });
  });
});

describe('shouldAskAgain', () => {
  const p = { consent_at: given, withdrawn_at: null, consent_asked_at: null };
  it('asks a month before the two years run out, and after, once per consent', () => {
    expect(shouldAskAgain(p, new Date('2028-11-06T00:00:00Z'))).toBe(false);
    expect(shouldAskAgain(p, new Date('2028-11-08T00:00:00Z'))).toBe(true);
    expect(shouldAskAgain(p, new Date('2029-03-01T00:00:00Z'))).toBe(true);
    expect(shouldAskAgain({ ...p, consent_asked_at: '2028-11-08T00:00:00Z' }, new Date('2029-03-01T00:00:00Z'))).toBe(
      false,
    );
  });
  it('asks again after a renewed consent runs out, and never someone who withdrew', () => {
    expect(shouldAskAgain({ ...p, consent_asked_at: '2026-01-01T00:00:00Z' }, new Date('2029-03-01T00:00:00Z'))).toBe(
      true,
    );
    expect(shouldAskAgain({ ...p, withdrawn_at: '2027-01-01T00:00:00Z' }, new Date('2029-03-01T00:00:00Z'))).toBe(
      false,
    );
  });
});
