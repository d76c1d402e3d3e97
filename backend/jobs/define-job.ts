// What a job handler is: a kind, a payload schema, how often it may be tried, and an idempotent `run`.
// Handlers are listed in registry.ts; the runner (runner.ts) claims, runs, retries and parks them.
import type { z, ZodTypeAny } from 'zod';
import type { Deps } from '../runtime/deps';
import type { Logger } from '../runtime/logger';
import type { Transact } from '../runtime/unit-of-work';
import { DEFAULT_MAX_ATTEMPTS } from './retry-policy';

export interface JobContext {
  deps: Deps;
  log: Logger;
  /** This try, 1-based; a claim whose runner stopped counts as a try. */
  attempt: number;
  maxAttempts: number;
  /** Domain writes in one transaction, each with an audit row whose actor is the system (fn "jobs", action = kind). */
  transaction: Transact;
}

export interface JobSpec<S extends ZodTypeAny> {
  /** "<domain>.<verb>", e.g. "event.promote-waitlist"; also the audit action of its writes. */
  kind: string;
  /** What it does, in Chinese, for the admin's list of failed jobs. */
  title: string;
  payload: S;
  maxAttempts?: number;
  /** A try that takes longer counts as failed (default 30 s); the claim holds a minute longer (retry-policy.ts). */
  timeoutMs?: number;
  /** Recurring: after each success it is queued again this long later, under its kind as dedupe key; first due at once. */
  every?: number;
  /**
   * Recurring at a time of day instead of `every`: when it is next due after `now` (its first run waits for it too),
   * e.g. a heavy count at 02:00 China time, when nobody is reading, rather than whenever a host starts.
   */
  nextAt?: (now: Date) => Date;
  /**
   * Must be idempotent: a try may be repeated after a timeout or a crash, even after it did its work. Throw to be
   * retried after a backoff; throw PermanentJobError for a failure no retry can mend (the job is parked at once).
   */
  run(payload: z.output<S>, ctx: JobContext): Promise<void>;
}

export interface JobHandler {
  kind: string;
  title: string;
  payload: ZodTypeAny;
  maxAttempts: number;
  timeoutMs: number;
  /** Recurring jobs (kept under their kind as dedupe key): when first due on a fresh table, and next after a success. */
  recurring: { first: (now: Date) => Date; next: (now: Date) => Date } | null;
  run(payload: unknown, ctx: JobContext): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function defineJob<S extends ZodTypeAny>(spec: JobSpec<S>): JobHandler {
  return {
    kind: spec.kind,
    title: spec.title,
    payload: spec.payload,
    maxAttempts: spec.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    timeoutMs: spec.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    recurring: recurrence(spec),
    run: spec.run as JobHandler['run'],
  };
}

function recurrence({
  every,
  nextAt,
  kind,
}: Pick<JobSpec<ZodTypeAny>, 'every' | 'nextAt' | 'kind'>): JobHandler['recurring'] {
  if (every !== undefined && nextAt) throw new Error(`job ${kind}: every or nextAt, not both`);
  if (nextAt) return { first: nextAt, next: nextAt };
  if (every !== undefined) return { first: (now) => now, next: (now) => new Date(now.getTime() + every) };
  return null;
}

/** A failure that trying again cannot mend (a malformed payload, a refusal): the job is parked at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}
