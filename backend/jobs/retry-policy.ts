// When a job is tried again, when it is given up (parked), and how long a claim holds: pure, the clock and the
// random source passed in.

export const BACKOFF = {
  firstMs: 30_000,
  /** An hour: a WeChat or database outage of that length is survived without parking everything. */
  maxMs: 60 * 60_000,
  /** ± this share of the wait, so jobs that failed together do not all come back in the same second. */
  jitter: 0.2,
  /** A claim holds at least this long … */
  minLeaseMs: 2 * 60_000,
  /** … and at least this much past the handler's timeout. */
  leaseMarginMs: 60_000,
} as const;

/** 8 tries span about an hour (30 s, 1, 2, 4, 8, 16, 32 min between them) before a job is parked. */
export const DEFAULT_MAX_ATTEMPTS = 8;

/** The wait before try `attempt + 1`, after try `attempt` (1-based) failed. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const n = Number.isFinite(attempt) && attempt >= 1 ? Math.floor(attempt) : 1;
  const base = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** Math.min(n - 1, 30));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(base * (1 - BACKOFF.jitter + 2 * BACKOFF.jitter * r));
}

export type AfterFailure = { status: 'queued'; runAt: Date } | { status: 'parked' };

export function afterFailure(f: {
  attempts: number;
  maxAttempts: number;
  permanent: boolean;
  now: Date;
  random?: () => number;
}): AfterFailure {
  if (f.permanent || f.attempts >= f.maxAttempts) return { status: 'parked' };
  return { status: 'queued', runAt: new Date(f.now.getTime() + backoffDelay(f.attempts, f.random)) };
}

/**
 * A claim counts as an attempt before the handler runs, so a job whose runner dies every time (it crashes the
 * process, or outlives the function's timeout) still comes to an end: once its claims pass the limit it is parked.
 */
export function judgeClaim(attempts: number, maxAttempts: number): 'run' | 'park' {
  return attempts > maxAttempts ? 'park' : 'run';
}

/** How long a claim holds for a handler that may take `timeoutMs`. */
export function leaseFor(timeoutMs: number): number {
  return Math.max(BACKOFF.minLeaseMs, timeoutMs + BACKOFF.leaseMarginMs);
}
