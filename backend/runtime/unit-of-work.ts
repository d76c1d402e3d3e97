// The unit of work an action writes through: one transaction, at least one audit row for every write, and (when
// the call may be resent) the replay key with the answer it gave, all committed together.
import { sql, type Insertable, type Transaction } from 'kysely';
import { isPostgres } from '../common/row-locks';
import { thenCommit } from '../data/pipelined-commit';
import type { AuditLogTable, Schema } from '../data/schema';
import type { Caller } from './caller';
import type { Deps } from './deps';
import { remember, rememberedKeyCtes, type ReplayKey } from './replay-keys';

export interface AuditEntry {
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

export type Audit = (entry: AuditEntry) => Promise<void>;

export type Transact = <T>(work: (trx: Transaction<Schema>, audit: Audit) => Promise<T>) => Promise<T>;

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
      const audit: Audit = async (entry) => {
        rows.push({
          at: deps.now().toISOString(),
          trace_id: traceId,
          actor_person_id: caller?.kind === 'person' ? caller.person.id : null,
          fn,
          action,
          entity: entry.entity,
          entity_id: entry.entityId === null ? null : String(entry.entityId),
          before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
          after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
        });
      };
      const result = await work(trx, audit);
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
  for (let i = 0; i < rows.length; i += AUDIT_ROWS_PER_STATEMENT) {
    await trx
      .insertInto('audit_log')
      .values(rows.slice(i, i + AUDIT_ROWS_PER_STATEMENT))
      .execute();
  }
  if (!isPostgres(trx)) {
    if (replay) await remember(trx, replay.key, replay.kept, replay.now);
    await trx.insertInto('audit_log').values(last).execute();
    return;
  }
  const values = sql.join(
    last.map(
      (r) =>
        sql`(${r.at}, ${r.trace_id}, ${r.actor_person_id}, ${r.fn}, ${r.action}, ${r.entity}, ${r.entity_id}, ${r.before_json}, ${r.after_json})`,
    ),
  );
  const ctes = replay ? sql`with ${rememberedKeyCtes(replay.key, replay.kept, replay.now)} ` : sql``;
  const statement = sql`${ctes}insert into audit_log
    (at, trace_id, actor_person_id, fn, action, entity, entity_id, before_json, after_json) values ${values}`;
  await trx.executeQuery(thenCommit(statement.compile(trx)));
}
