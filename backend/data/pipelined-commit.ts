// PostgreSQL: a transaction's last statement and its COMMIT go to the server in one write (node-postgres's pipeline
// mode), so the row locks that statement's transaction holds are let go without waiting for this process to read the
// answer and send COMMIT. In a sign-up rush every transaction queues for one event row; with the host's event loop
// busy, that wait was a large part of each hold (docs/EVENTS.md).
import { CompiledQuery } from 'kysely';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import { isStalePreparedStatement, type NamedQuery, type PreparedStatements } from './prepared-statements';

/** Marks a statement that must be the transaction's last: the connection sends COMMIT right behind it. */
const THEN_COMMIT = '/* then commit */ ';

/**
 * The statement, marked to be committed with (unit-of-work.ts runs it after the work, as the transaction's last).
 * On SQLite the mark is a comment and changes nothing.
 */
export function thenCommit<R>(query: CompiledQuery<R>): CompiledQuery<R> {
  return CompiledQuery.raw(THEN_COMMIT + query.sql, [...query.parameters]) as CompiledQuery<R>;
}

type Result = PostgresQueryResult<unknown>;
const done = (command: 'BEGIN' | 'COMMIT' | 'ROLLBACK'): Result =>
  // kysely reads only COMMIT and ROLLBACK from a transaction command's answer.
  ({ command, rowCount: 0, rows: [] }) as unknown as Result;

/** What kysely's driver needs of a pool client, plus node-postgres's own socket (to write several queries at once). */
type PgClient = PostgresPoolClient & {
  pipeline?: boolean;
  connection?: { stream?: { cork?(): void; uncork?(): void } };
  /** node-postgres's own form for a named (prepared) statement, which kysely's client type leaves out. */
  query(config: NamedQuery): Promise<Result>;
};

/**
 * The pool kysely uses, each client wrapped so that BEGIN goes out with the transaction's first statement and a
 * statement marked by `thenCommit` with COMMIT: one write and one wait each. The clients must be in pipeline mode
 * (`pipeline: true` in the pool's options), or the second query would still wait for the first's answer; every other
 * query is awaited by kysely before the next is sent, so it behaves as before.
 */
export function pipelinedCommits(pool: PostgresPool, prepared: PreparedStatements | null = null): PostgresPool {
  const wrapped = new WeakMap<PostgresPoolClient, PostgresPoolClient>();
  return {
    options: pool.options,
    Client: pool.Client,
    connect: async () => {
      const client = await pool.connect();
      let mine = wrapped.get(client);
      if (!mine) {
        // The pool's clients are node-postgres's own, which take a named query as well (kysely's type leaves it out).
        mine = wrap(client as PgClient, prepared);
        wrapped.set(client, mine);
      }
      return mine;
    },
    end: () => pool.end(),
  };
}

/** One query to the connection, prepared under its name when `prepared` says so (prepared-statements.ts). */
function send(client: PgClient, prepared: PreparedStatements | null, text: string, values: readonly unknown[]) {
  const named = prepared?.queryFor(client, text, values);
  if (named === undefined || typeof named === 'string') return client.query(text, values) as Promise<Result>;
  return client.query(named);
}

/** Sends the queries in one write; each is still answered on its own. */
function together(
  client: PgClient,
  prepared: PreparedStatements | null,
  queries: readonly [string, readonly unknown[]][],
): Promise<Result>[] {
  if (!client.pipeline) throw new Error('pipelinedCommits needs the pool in pipeline mode');
  const stream = client.connection?.stream;
  stream?.cork?.();
  try {
    return queries.map(([text, values]) => {
      const answer = send(client, prepared, text, values);
      answer.catch(() => undefined); // awaited below, in order
      return answer;
    });
  } finally {
    stream?.uncork?.();
  }
}

function wrap(client: PgClient, prepared: PreparedStatements | null): PostgresPoolClient {
  // BEGIN asked for and not yet sent: it goes with the next statement.
  let beginPending = false;
  // True once a marked statement's COMMIT went out: the transaction is over, whatever it answered.
  let ended = false;
  // A prepared statement went stale under a migration: the connection is closed on release, not reused.
  let stale = false;
  const query = (async (text: string, values: readonly unknown[]): Promise<Result> => {
    try {
      return await run(text, values);
    } catch (err) {
      if (isStalePreparedStatement(err)) stale = true;
      throw err;
    }
  }) as PostgresPoolClient['query'];
  const run = async (text: string, values: readonly unknown[]): Promise<Result> => {
    if (text === 'begin') {
      beginPending = true;
      return done('BEGIN');
    }
    if ((ended || beginPending) && (text === 'commit' || text === 'rollback')) {
      // Over already (committed, or undone on failure), or nothing was ever sent.
      ended = beginPending = false;
      return done(text === 'commit' ? 'COMMIT' : 'ROLLBACK');
    }
    const last = text.startsWith(THEN_COMMIT);
    if (!last && !beginPending) return send(client, prepared, text, values);
    const queries: [string, readonly unknown[]][] = [
      ...(beginPending ? [['begin', []] as [string, unknown[]]] : []),
      [text, values],
      ...(last ? [['commit', []] as [string, unknown[]]] : []),
    ];
    beginPending = false;
    ended = last;
    const answers = together(client, prepared, queries);
    // In order: a failed BEGIN or statement is the error the caller gets. After a failed statement PostgreSQL
    // answers the COMMIT with ROLLBACK (no error): the transaction is undone.
    let result: Result | undefined;
    for (const [i, answer] of answers.entries()) {
      const r = await answer.catch(async (err: unknown) => {
        await Promise.allSettled(answers);
        throw err;
      });
      if (queries[i][0] === text) result = r;
    }
    if (last && answers.length > 0) {
      const ending = await answers[answers.length - 1];
      if (ending.command !== 'COMMIT') throw new Error(`the transaction ended with ${ending.command}, not COMMIT`);
    }
    return result as Result;
  };
  return {
    query,
    release: (destroy?: boolean) => {
      ended = beginPending = false;
      client.release(destroy || stale);
      stale = false;
    },
    get processID() {
      return client.processID;
    },
  };
}
