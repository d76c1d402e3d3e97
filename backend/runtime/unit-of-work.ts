// The unit of work an action writes through: one transaction, at least one audit row for every write, and (when
// the call may be resent) the replay key with the answer it gave, all committed together.
import type { Transaction } from 'kysely';
import type { Schema } from '../data/schema';
import type { Caller } from './caller';
import type { Deps } from './deps';
import { remember, type ReplayKey } from './replay-keys';

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
    let audited = 0;
    const inTransaction = async (trx: Transaction<Schema>) => {
      const audit: Audit = async (entry) => {
        audited += 1;
        await trx
          .insertInto('audit_log')
          .values({
            at: deps.now().toISOString(),
            trace_id: traceId,
            actor_person_id: caller?.kind === 'person' ? caller.person.id : null,
            fn,
            action,
            entity: entry.entity,
            entity_id: entry.entityId === null ? null : String(entry.entityId),
            before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
            after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
          })
          .execute();
      };
      const result = await work(trx, audit);
      if (audited === 0) throw new Error(`${fn}.${action} wrote without an audit row`);
      if (replay) await remember(trx, replay.key, replay.keep(result), deps.now());
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
