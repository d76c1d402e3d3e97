// The unit of work an action writes through: one transaction, at least one audit row for every write, and (when
// the call may be resent) the replay key with the answer it gave, all committed together.
import { sql, type Insertable, type Transaction } from 'kysely';
import { isPostgres } from '../common/row-locks';
import { thenCommit } from '../data/pipelined-commit';
import type { AuditLogTable, Schema } from '../data/schema';
import type { Audit, FinalStep, Finish } from '../data/transaction-steps';
import type { Caller } from './caller';
import type { Deps } from './deps';
import { remember, rememberedKeyCtes, stableJson, type ReplayKey } from './replay-keys';

export type { Audit, AuditEntry, FinalStep, Finish } from '../data/transaction-steps';

export type Transact = <T>(work: (trx: Transaction<Schema>, audit: Audit, finish: Finish) => Promise<T>) => Promise<T>;

export interface UnitOfWork {
  transaction: Transact;
}

export interface UnitOfWorkOptions {
  deps: Deps;
  /** Who acts; null for the system (a job run by the job runner). */
  caller: Caller | null;
  fn: string;
  action: string;
  traceId: string;
  /** Present when this call may be resent: the key, and what of the answer may be kept (no secrets). */
  replay: { key: ReplayKey; keep(value: unknown): unknown } | null;
  /**
   * SQLite commits with synchronous = FULL, so an OS crash cannot undo what a person was told succeeded. A write the
   * client resends anyway (listening progress every 10 s) may commit without the fsync (docs/SECURITY.md).
   */
  resendableCommits?: boolean;
}

export function createUnitOfWork({
  deps,
  caller,
  fn,
  action,
  traceId,
  replay,
  resendableCommits,
}: UnitOfWorkOptions): UnitOfWork {
  let stored = false;
  const transaction: Transact = async (work) => {
    if (replay && stored) throw new Error(`${fn}.${action} ran a second transaction; a resendable action writes once`);
    const inTransaction = async (trx: Transaction<Schema>) => {
      // Kept until the work is done, then written with the replay key as the transaction's last statement: one
      // round trip instead of one per row, and on PostgreSQL sent together with COMMIT (writeLast).
      const rows: AuditRow[] = [];
      const auditHead = (): AuditHead => ({
        at: deps.now().toISOString(),
        trace_id: traceId,
        actor_person_id: caller?.kind === 'person' ? caller.person.id : null,
        fn,
        action,
      });
      // Set by a final step, with the kept answer as the server wrote it (checked against the work's answer below).
      const final = { ran: false, keptJson: null as string | null };
      const audit: Audit = async (entry) => {
        if (final.ran) throw new Error(`${fn}.${action} audited after its final step`);
        rows.push({
          ...auditHead(),
          entity: entry.entity,
          entity_id: entry.entityId === null ? null : String(entry.entityId),
          before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
          after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
        });
      };
      const finish: Finish = async <Row extends object>(step: FinalStep) => {
        if (!isPostgres(trx)) throw new Error(`${fn}.${action}: a final step is PostgreSQL's`);
        if (final.ran) throw new Error(`${fn}.${action} ran two final steps`);
        final.ran = true;
        await writeRows(trx, rows.splice(0));
        const key = replay ? { key: replay.key, now: deps.now() } : null;
        const row = await runFinalStep<Row>(trx, step, auditHead(), key);
        final.keptJson = row?.keptJson ?? null;
        return row?.outcome;
      };
      const result = await work(trx, audit, finish);
      if (final.ran) {
        const kept = final.keptJson;
        if (replay && kept !== null && stableJson(JSON.parse(kept)) !== stableJson(replay.keep(result))) {
          // Committed already, so the router answers this call from the kept answer; the log is what shows the bug.
          deps.log.error('a final step kept another answer than its work gave', { fn, action, traceId });
          throw new Error(`${fn}.${action}: the final step kept another answer than the work gave`);
        }
        return result;
      }
      if (rows.length === 0) throw new Error(`${fn}.${action} wrote without an audit row`);
      await writeLast(trx, rows, replay ? { key: replay.key, kept: replay.keep(result), now: deps.now() } : null);
      return result;
    };
    const value = await (resendableCommits
      ? deps.database.withResendableCommits((db) => db.transaction().execute(inTransaction))
      : deps.database.transaction(inTransaction));
    if (replay) stored = true;
    return value;
  };
  return { transaction };
}

type AuditRow = Insertable<AuditLogTable>;

/** Below both engines' limits on bound values per statement (SQLite 32,766; 9 values a row). */
const AUDIT_ROWS_PER_STATEMENT = 1_000;

/**
 * The audit rows and the replay key, after the work. On PostgreSQL the last chunk of rows and the key are one
 * statement, marked to go out with COMMIT: after a sign-up takes the event row's lock, this is the one round trip
 * left before the lock is let go. If it fails (a racing resend's key), nothing of the transaction is kept.
 */
async function writeLast(
  trx: Transaction<Schema>,
  rows: AuditRow[],
  replay: { key: ReplayKey; kept: unknown; now: Date } | null,
): Promise<void> {
  const last = rows.splice(rows.length - ((rows.length - 1) % AUDIT_ROWS_PER_STATEMENT) - 1);
  await writeRows(trx, rows);
  if (!isPostgres(trx)) {
    if (replay) await remember(trx, replay.key, replay.kept, replay.now);
    await trx.insertInto('audit_log').values(last).execute();
    return;
  }
  const values = sql.join(last.map((r) => sql`(${sql.join(AUDIT_COLUMN_NAMES.map((c) => r[c] ?? null))})`));
  const ctes = replay
    ? sql`with ${rememberedKeyCtes(replay.key, { json: JSON.stringify(replay.kept ?? null) }, replay.now)} `
    : sql``;
  const statement = sql`${ctes}insert into audit_log (${AUDIT_COLUMNS}) values ${values}`;
  await trx.executeQuery(thenCommit(statement.compile(trx)));
}

/** audit_log's columns but its generated id, in one order for the column list and every row written against it. */
const AUDIT_COLUMN_NAMES = [
  'at',
  'trace_id',
  'actor_person_id',
  'fn',
  'action',
  'entity',
  'entity_id',
  'before_json',
  'after_json',
] as const satisfies readonly Exclude<keyof AuditRow, 'id'>[];
type UnlistedAuditColumn = Exclude<keyof AuditRow, 'id' | (typeof AUDIT_COLUMN_NAMES)[number]>;
// A column added to audit_log but not to the list fails the type check here, naming the column.
const allAuditColumnsListed: [UnlistedAuditColumn] extends [never] ? true : UnlistedAuditColumn = true;
void allAuditColumnsListed;
const AUDIT_COLUMNS = sql.raw(AUDIT_COLUMN_NAMES.join(', '));

/** Audit rows in statements of at most AUDIT_ROWS_PER_STATEMENT rows. */
async function writeRows(trx: Transaction<Schema>, rows: AuditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += AUDIT_ROWS_PER_STATEMENT) {
    await trx
      .insertInto('audit_log')
      .values(rows.slice(i, i + AUDIT_ROWS_PER_STATEMENT))
      .execute();
  }
}

type AuditHead = Pick<AuditRow, 'at' | 'trace_id' | 'actor_person_id' | 'fn' | 'action'>;

/**
 * The final step, its audit row and (with a replay key) the kept answer as one statement, sent with COMMIT. Every
 * common table expression that writes runs to completion whether or not the last select reads it (PostgreSQL's
 * rule for data-modifying WITH); the audit row and the key read `outcome`, so they follow the step's own writes.
 */
async function runFinalStep<Row extends object>(
  trx: Transaction<Schema>,
  step: FinalStep,
  head: AuditHead,
  replay: { key: ReplayKey; now: Date } | null,
): Promise<{ outcome: Row; keptJson: string } | undefined> {
  const keptJson = sql`(${step.kept})::text`;
  const audited = sql`audited as (
      insert into audit_log (${AUDIT_COLUMNS})
      select ${head.at}::text, ${head.trace_id}::text, ${head.actor_person_id}::integer, ${head.fn}::text,
        ${head.action}::text, ${step.audit.entity}::text, (${step.audit.entityId})::text, null, (${step.audit.after})::text
      from outcome
    )`;
  const key = replay ? sql`, ${rememberedKeyCtes(replay.key, { overOutcome: keptJson }, replay.now)}` : sql``;
  const statement = sql`with ${step.ctes}, ${audited}${key}
    select row_to_json(outcome) as outcome, ${keptJson} as kept_json from outcome`;
  const { rows } = await trx.executeQuery<{ outcome: Row; kept_json: string }>(thenCommit(statement.compile(trx)));
  const row = rows[0];
  return row ? { outcome: row.outcome, keptJson: row.kept_json } : undefined;
}
