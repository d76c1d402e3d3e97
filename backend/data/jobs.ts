// The job table's queries: schedule (one row per dedupe key), claim with a lease, finish, park, and the admin's
// view of parked jobs. Who runs what and when to retry is decided in backend/jobs; this file only reads and writes.
import { type ExpressionBuilder, type Kysely } from 'kysely';
import type { Engine } from './database';
import type { JobRow, Schema } from './schema';

export interface NewJob {
  kind: string;
  payload: unknown;
  /** "<kind>:<what it is about>", e.g. "event.reminder:42": scheduling the same work twice is one row. */
  dedupeKey: string;
  runAt: Date;
  /**
   * keep (default): a job already scheduled under this key stays as it is.
   * replace: it is queued afresh with this payload and due time (e.g. an event moved), unless it is running now.
   */
  onConflict?: 'keep' | 'replace';
}

/** Schedules a job; inside a transaction it is committed (or rolled back) with the change that asked for it. */
export async function scheduleJob(db: Kysely<Schema>, job: NewJob, now: Date): Promise<void> {
  const at = now.toISOString();
  const row = {
    kind: job.kind,
    payload_json: JSON.stringify(job.payload ?? {}),
    dedupe_key: job.dedupeKey,
    status: 'queued' as const,
    run_at: job.runAt.toISOString(),
    created_at: at,
    updated_at: at,
  };
  await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) =>
      job.onConflict === 'replace'
        ? oc
            .column('dedupe_key')
            .doUpdateSet({ kind: row.kind, payload_json: row.payload_json, run_at: row.run_at, status: 'queued', attempts: 0, last_error: null, locked_by: null, locked_until: null, finished_at: null, updated_at: at })
            .where('jobs.status', '<>', 'running')
        : oc.column('dedupe_key').doNothing(),
    )
    .execute();
}

/** Schedules many jobs in one statement (those already scheduled under their key stay as they are). */
export async function scheduleJobs(db: Kysely<Schema>, jobs: readonly Omit<NewJob, 'onConflict'>[], now: Date): Promise<void> {
  if (jobs.length === 0) return;
  const at = now.toISOString();
  await db
    .insertInto('jobs')
    .values(jobs.map((job) => ({ kind: job.kind, payload_json: JSON.stringify(job.payload ?? {}), dedupe_key: job.dedupeKey, status: 'queued' as const, run_at: job.runAt.toISOString(), created_at: at, updated_at: at })))
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/** Withdraws a job that has not started (e.g. the event it would remind of was cancelled). */
export async function cancelJob(db: Kysely<Schema>, dedupeKey: string): Promise<boolean> {
  const result = await db.deleteFrom('jobs').where('dedupe_key', '=', dedupeKey).where('status', '=', 'queued').executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A queued job that is due, or a running one whose runner let its lease lapse (it stopped or hung). */
const claimable = (now: string) => (eb: ExpressionBuilder<Schema, 'jobs'>) =>
  eb.or([
    eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
    eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', now)]),
  ]);

export interface Claim {
  kinds: readonly string[];
  /** This claim's own token: every later write about the job must carry it. */
  token: string;
  now: Date;
  leaseMs: number;
}

/**
 * Takes the next due job, or none, in one conditional UPDATE: on PostgreSQL the row is picked with
 * FOR UPDATE SKIP LOCKED, so racing runners each get a different job without waiting; on SQLite the statement holds
 * the write lock. The outer WHERE repeats the due test, so a row another runner took in the meantime is not matched.
 */
export async function claimNextJob(db: Kysely<Schema>, engine: Engine, claim: Claim): Promise<JobRow | null> {
  if (claim.kinds.length === 0) return null;
  const now = claim.now.toISOString();
  let next = db.selectFrom('jobs').select('id').where(claimable(now)).where('kind', 'in', claim.kinds).orderBy('run_at').orderBy('id').limit(1);
  if (engine === 'postgres') next = next.forUpdate().skipLocked();
  const row = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      locked_by: claim.token,
      locked_until: new Date(claim.now.getTime() + claim.leaseMs).toISOString(),
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', next)
    .where(claimable(now))
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** How a claimed job ends. Each answers false when the claim was lost (the lease lapsed and another runner took it). */
export const finishJob = {
  async done(db: Kysely<Schema>, job: JobRow, token: string, now: Date): Promise<boolean> {
    return settle(db, job, token, { status: 'done', last_error: null, finished_at: now.toISOString() }, now);
  },
  /** A recurring job: queued again for its next time, its attempts counted afresh. */
  async again(db: Kysely<Schema>, job: JobRow, token: string, runAt: Date, now: Date): Promise<boolean> {
    return settle(db, job, token, { status: 'queued', run_at: runAt.toISOString(), attempts: 0, last_error: null }, now);
  },
  async retryLater(db: Kysely<Schema>, job: JobRow, token: string, runAt: Date, error: string, now: Date): Promise<boolean> {
    return settle(db, job, token, { status: 'queued', run_at: runAt.toISOString(), last_error: error }, now);
  },
  async park(db: Kysely<Schema>, job: JobRow, token: string, error: string, now: Date): Promise<boolean> {
    return settle(db, job, token, { status: 'parked', last_error: error, finished_at: now.toISOString() }, now);
  },
};

type Settlement = Partial<Pick<JobRow, 'status' | 'run_at' | 'attempts' | 'last_error' | 'finished_at'>>;

async function settle(db: Kysely<Schema>, job: JobRow, token: string, change: Settlement, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ ...change, locked_by: null, locked_until: null, updated_at: now.toISOString() })
    .where('id', '=', job.id)
    .where('locked_by', '=', token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts each recurring kind on the table once (its kind is its dedupe key), first due at `runAt`; an existing row is left alone. */
export async function ensureRecurringJobs(
  db: Kysely<Schema>,
  jobs: readonly { kind: string; runAt: Date }[],
  now: Date,
): Promise<void> {
  for (const { kind, runAt } of jobs) await scheduleJob(db, { kind, payload: {}, dedupeKey: kind, runAt }, now);
}

/** Parked jobs, newest first, for an admin. */
export async function listParkedJobs(db: Kysely<Schema>, limit: number): Promise<{ jobs: JobRow[]; total: number }> {
  const jobs = await db.selectFrom('jobs').selectAll().where('status', '=', 'parked').orderBy('finished_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  const { n } = await db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'parked').executeTakeFirstOrThrow();
  return { jobs, total: Number(n) };
}

/** An admin's "try again": a parked job is queued now with its attempts counted afresh. False if it is not parked. */
export async function requeueParkedJob(db: Kysely<Schema>, id: number, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .updateTable('jobs')
    .set({ status: 'queued', run_at: at, attempts: 0, finished_at: null, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'parked')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes jobs that finished before `before` (parked ones stay until an admin deals with them). */
export async function pruneDoneJobs(db: Kysely<Schema>, before: Date): Promise<number> {
  const result = await db.deleteFrom('jobs').where('status', '=', 'done').where('finished_at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

