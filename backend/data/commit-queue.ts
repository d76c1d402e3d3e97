// Group commit on SQLite. A durable commit costs one fsync of the WAL, which better-sqlite3 waits for on the event
// loop, so a rush of sign-ups was bound by the disk, one fsync per person. Here the transactions that arrive while
// a group commits wait together and run as the next group: one SQLite transaction, each member inside its own
// savepoint, one COMMIT (one fsync). A member whose work throws is rolled back to its savepoint alone; the others
// commit. No member is answered before its group's COMMIT has returned, so every answer it gives is already on disk.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Schema } from './schema';

export type TransactionWork<T> = (trx: Transaction<Schema>) => Promise<T>;

interface Member {
  work: TransactionWork<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface CommitQueue {
  /** Runs `work` in the next group's transaction; settles once that group is committed (or has failed). */
  run<T>(work: TransactionWork<T>): Promise<T>;
}

/**
 * `maxGroup` bounds how long the first member of a group waits behind the others (each member's statements run one
 * after another on the one connection).
 */
export function createCommitQueue(db: Kysely<Schema>, { maxGroup = 256 } = {}): CommitQueue {
  const waiting: Member[] = [];
  let running = false;

  const runGroup = async (group: Member[]): Promise<void> => {
    if (group.length === 1) {
      // Alone, it needs no savepoint: a failure rolls back the transaction, which holds nothing else.
      const [member] = group;
      await db.transaction().execute(member.work).then(member.resolve, member.reject);
      return;
    }
    const outcomes: Outcome[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const member of group) {
          // One name serves every member: each savepoint is released before the next is made.
          await sql`savepoint member`.execute(trx);
          try {
            outcomes.push({ ok: true, value: await member.work(trx) });
          } catch (error) {
            // If the failure already ended the whole transaction (a full disk, say), this throws and the group fails.
            await sql`rollback to member`.execute(trx);
            outcomes.push({ ok: false, error });
          }
          await sql`release member`.execute(trx);
        }
      });
    } catch (error) {
      // Nothing of the group is durable: a member whose own work succeeded is told of the group's failure instead.
      group.forEach((member, i) => {
        const own = outcomes[i];
        member.reject(own && !own.ok ? own.error : error);
      });
      return;
    }
    group.forEach((member, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) member.resolve(outcome.value);
      else member.reject(outcome.error);
    });
  };

  const kick = (): void => {
    if (running || waiting.length === 0) return;
    running = true;
    // After this turn's I/O callbacks: every request that reached its transaction meanwhile joins the group.
    setImmediate(() => {
      void runGroup(waiting.splice(0, maxGroup)).finally(() => {
        running = false;
        kick();
      });
    });
  };

  return {
    run: <T>(work: TransactionWork<T>) =>
      new Promise<T>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
        kick();
      }),
  };
}
