// What a step inside a transaction is handed by the unit of work it runs in (backend/runtime/unit-of-work.ts): the
// call that records an audit row, and the final step that ends the transaction. Types only, so that queries, which
// may not import the runtime, can take them.
import type { RawBuilder } from 'kysely';

export interface AuditEntry {
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

export type Audit = (entry: AuditEntry) => Promise<void>;

/**
 * A work's last step on PostgreSQL, sent with COMMIT in one write: the audit row and the answer kept for a resend are
 * written by the same statement, from its result. The row locks the step takes are then held only while the server
 * runs it, not across a round trip to this process and back (a sign-up rush queues on one event row; docs/EVENTS.md).
 */
export interface FinalStep {
  /** Common table expressions that do the step; the last is named `outcome` and yields the step's one row. */
  ctes: RawBuilder<unknown>;
  /** The audit row: its entity, and its entity id and `after` (a json value) as SQL over `outcome`. */
  audit: { entity: string; entityId: RawBuilder<unknown>; after: RawBuilder<unknown> };
  /**
   * What the action's replay policy keeps of the answer the work then returns, as a json value over `outcome`. The
   * unit of work compares the two after the work; a difference is a bug, logged as an error.
   */
  kept: RawBuilder<unknown>;
}

/** Runs the final step and gives `outcome`'s row (undefined when it yields none). PostgreSQL only; at most once. */
export type Finish = <Row extends object>(step: FinalStep) => Promise<Row | undefined>;

