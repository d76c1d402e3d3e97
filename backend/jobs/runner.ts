// The job runner: claims due jobs one at a time with a lease, runs each with a timeout, and records how it
// ended (done, queued again after a backoff, or parked). Any number of runners — host processes, WeChat timer
// invocations — may share one database: a claim is one conditional UPDATE (data/jobs.ts), so each job runs once.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { claimNextJob, ensureRecurringJobs, finishJob } from '../data/jobs';
import type { JobRow } from '../data/schema';
import type { Deps } from '../runtime/deps';
import { createUnitOfWork } from '../runtime/unit-of-work';
import { PermanentJobError, type JobHandler } from './define-job';
import { JOB_HANDLERS } from './registry';
import { afterFailure, judgeClaim, leaseFor } from './retry-policy';

export interface JobRunnerOptions {
  deps: Deps;
  /** Default: every handler in registry.ts. */
  handlers?: readonly JobHandler[];
  /** Kinds this runner leaves to another runtime (a host sharing its database with WeChat cloud leaves WeChat's). */
  leave?: readonly string[];
  /** Names the runner in logs and claims, e.g. "host" or "wechat". */
  name?: string;
  random?: () => number;
}

export interface RunOptions {
  /** Stop claiming new jobs after this long (a WeChat invocation has a time limit). */
  budgetMs?: number;
  maxJobs?: number;
  /** Aborted: no new job is claimed (the host is shutting down). */
  signal?: AbortSignal;
}

export interface RunSummary {
  /** Jobs that ended well. */
  done: number;
  /** Failed, to be tried again later. */
  retrying: number;
  parked: number;
  /** Ended here after their lease had lapsed and another runner had taken them over: this result was dropped. */
  lost: number;
}

export interface JobRunner {
  readonly id: string;
  runDue(options?: RunOptions): Promise<RunSummary>;
}

const MAX_ERROR_LENGTH = 1000;

export function createJobRunner({
  deps,
  handlers = JOB_HANDLERS,
  leave = [],
  name = 'runner',
  random = Math.random,
}: JobRunnerOptions): JobRunner {
  const byKind = new Map<string, JobHandler>();
  for (const h of handlers) {
    if (byKind.has(h.kind)) throw new Error(`two job handlers for kind ${h.kind}`);
    if (!leave.includes(h.kind)) byKind.set(h.kind, h);
  }
  // A runner claims only kinds it can run, so an older host never parks a newer kind it does not know.
  const kinds = [...byKind.keys()];
  const id = `${name}:${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const db = deps.database.db;
  const log = deps.log.child({ runner: id });
  // One lease for every claim, long enough for the slowest handler: the kind is known only once claimed.
  const leaseMs = leaseFor(Math.max(0, ...[...byKind.values()].map((h) => h.timeoutMs)));
  let recurringEnsured: Promise<void> | null = null;

  const ensureRecurring = () => {
    recurringEnsured ??= ensureRecurringJobs(
      db,
      [...byKind.values()].flatMap((h) =>
        h.recurring ? [{ kind: h.kind, runAt: h.recurring.first(deps.now()) }] : [],
      ),
      deps.now(),
    ).catch((err: unknown) => {
      recurringEnsured = null;
      throw err;
    });
    return recurringEnsured;
  };

  async function runOne(job: JobRow, handler: JobHandler, token: string, summary: RunSummary): Promise<void> {
    const started = performance.now();
    const facts = { job: job.id, kind: job.kind, attempt: job.attempts };
    const settled = (ok: boolean) => {
      if (!ok) {
        summary.lost += 1;
        log.warn('job lease lost: another runner took it over, this result is dropped', facts);
      }
      return ok;
    };
    const park = async (error: string) => {
      if (settled(await finishJob.park(db, job, token, error, deps.now()))) {
        summary.parked += 1;
        log.error('job parked', { ...facts, error });
      }
    };

    if (judgeClaim(job.attempts, handler.maxAttempts) === 'park') {
      return park(
        `${job.last_error ? `${job.last_error}; ` : ''}its runner stopped before finishing ${job.attempts - 1} times (crash or time limit)`,
      );
    }
    let payload: unknown;
    try {
      const parsed = handler.payload.safeParse(JSON.parse(job.payload_json));
      if (!parsed.success)
        return park(`payload does not fit ${job.kind}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      payload = parsed.data;
    } catch {
      return park('payload is not JSON');
    }

    try {
      const traceId = randomUUID();
      const { transaction } = createUnitOfWork({
        deps,
        caller: null,
        fn: 'jobs',
        action: job.kind,
        traceId,
        replay: null,
      });
      await withTimeout(
        handler.run(payload, {
          deps,
          log: log.child({ traceId, job: job.id, kind: job.kind }),
          attempt: job.attempts,
          maxAttempts: handler.maxAttempts,
          transaction,
        }),
        handler.timeoutMs,
        `${job.kind} took longer than ${handler.timeoutMs} ms`,
      );
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).slice(0, MAX_ERROR_LENGTH);
      const next = afterFailure({
        attempts: job.attempts,
        maxAttempts: handler.maxAttempts,
        permanent: err instanceof PermanentJobError,
        now: deps.now(),
        random,
      });
      if (next.status === 'parked') return park(error);
      if (settled(await finishJob.retryLater(db, job, token, next.runAt, error, deps.now()))) {
        summary.retrying += 1;
        log.warn('job failed, will retry', {
          ...facts,
          error,
          retryAt: next.runAt.toISOString(),
          stack: err instanceof Error ? err.stack : undefined,
        });
      }
      return;
    }

    const now = deps.now();
    const ok =
      handler.recurring === null
        ? await finishJob.done(db, job, token, now)
        : await finishJob.again(db, job, token, handler.recurring.next(now), now);
    if (settled(ok)) {
      summary.done += 1;
      log.info('job done', { ...facts, ms: Math.round(performance.now() - started) });
    }
  }

  return {
    id,
    async runDue({ budgetMs = Infinity, maxJobs = Infinity, signal } = {}) {
      const summary: RunSummary = { done: 0, retrying: 0, parked: 0, lost: 0 };
      const deadline = performance.now() + budgetMs;
      await ensureRecurring();
      for (let n = 0; n < maxJobs && performance.now() < deadline && !signal?.aborted; n += 1) {
        const token = `${id}:${randomUUID().slice(0, 8)}`;
        const job = await claimNextJob(db, deps.database.engine, { kinds, token, now: deps.now(), leaseMs });
        if (!job) break;
        await runOne(job, byKind.get(job.kind) as JobHandler, token, summary);
      }
      return summary;
    },
  };
}

/** Rejects after `ms`; the work itself is not stopped (handlers are idempotent, so a late finish is harmless). */
function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
