import { BACKOFF, afterFailure, backoffDelay, judgeClaim, leaseFor } from './retry-policy';

const now = new Date('2026-12-01T01:00:00Z');
const middle = () => 0.5;

describe('the backoff schedule', () => {
  it('starts at 30 seconds and doubles each time', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, middle))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it('never waits more than an hour, however many attempts', () => {
    expect(backoffDelay(12, middle)).toBe(BACKOFF.maxMs);
    expect(backoffDelay(10_000, middle)).toBe(BACKOFF.maxMs);
    expect(backoffDelay(Number.MAX_SAFE_INTEGER, () => 0.999)).toBeLessThanOrEqual(
      BACKOFF.maxMs * (1 + BACKOFF.jitter),
    );
  });

  it('spreads retries by at most a fifth either way, so jobs that failed together come back apart', () => {
    expect(backoffDelay(1, () => 0)).toBe(24_000);
    expect(backoffDelay(1, () => 0.999_999)).toBeCloseTo(36_000, -1);
  });

  it('treats a nonsense attempt number as the first attempt, never a zero or negative wait', () => {
    for (const attempt of [0, -3, Number.NaN]) expect(backoffDelay(attempt, middle)).toBe(30_000);
  });

  it('ignores a random source outside [0, 1)', () => {
    expect(backoffDelay(1, () => 7)).toBeLessThanOrEqual(36_000);
    expect(backoffDelay(1, () => -1)).toBeGreaterThanOrEqual(24_000);
  });
});

describe('what happens after a failure', () => {
  it('queues the job again after the backoff while attempts remain', () => {
    expect(afterFailure({ attempts: 1, maxAttempts: 5, permanent: false, now, random: middle })).toEqual({
      status: 'queued',
      runAt: new Date(now.getTime() + 30_000),
    });
    expect(afterFailure({ attempts: 4, maxAttempts: 5, permanent: false, now, random: middle })).toEqual({
      status: 'queued',
      runAt: new Date(now.getTime() + 240_000),
    });
  });

  it('parks it after the last attempt', () => {
    expect(afterFailure({ attempts: 5, maxAttempts: 5, permanent: false, now, random: middle })).toEqual({
      status: 'parked',
    });
    expect(afterFailure({ attempts: 9, maxAttempts: 5, permanent: false, now, random: middle })).toEqual({
      status: 'parked',
    });
  });

  it('parks at once a failure that no retry can mend (bad payload, a refusal)', () => {
    expect(afterFailure({ attempts: 1, maxAttempts: 5, permanent: true, now, random: middle })).toEqual({
      status: 'parked',
    });
  });
});

describe('a claimed job', () => {
  it('runs while its claims are within the limit', () => {
    expect(judgeClaim(1, 5)).toBe('run');
    expect(judgeClaim(5, 5)).toBe('run');
  });

  it('is parked unrun when its runners stopped (crash, timeout) more often than it may be tried', () => {
    expect(judgeClaim(6, 5)).toBe('park');
  });

  it('holds its lease well past the handler timeout, so a slow but live runner is never overtaken', () => {
    expect(leaseFor(30_000)).toBeGreaterThanOrEqual(30_000 + 60_000);
    expect(leaseFor(1)).toBe(BACKOFF.minLeaseMs);
  });
});
