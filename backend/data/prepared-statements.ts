// PostgreSQL: each statement kysely sends with parameters is prepared once per connection under a name made from
// its text, then only bound and run. Unnamed, PostgreSQL parses and plans every statement each time it runs: the
// profile read behind every signed-in call (a join of four tables) cost the server about 300 µs a call that way and
// about 75 µs prepared (issue 19, docs/EVENTS.md). The names are a hash of the text, so the same text is the same
// statement on every connection and no name can mean two texts.
import { createHash } from 'node:crypto';

/** At most this many statements are kept prepared on one connection; texts beyond them run unnamed. */
export const PREPARED_PER_CONNECTION = 500;

export interface PreparedStatements {
  /** The query to send: named when it has parameters and the connection has room, else as it was. */
  queryFor(connection: object, text: string, values: readonly unknown[]): string | NamedQuery;
}

export interface NamedQuery {
  name: string;
  text: string;
  values: unknown[];
}

/**
 * `limit` bounds the statements one connection keeps (each holds a plan in the server's memory until the connection
 * closes); texts without parameters (BEGIN, COMMIT, migrations' DDL) are never prepared.
 */
export function preparedStatements({ limit = PREPARED_PER_CONNECTION } = {}): PreparedStatements {
  const names = new Map<string, string>();
  const kept = new WeakMap<object, Set<string>>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined) {
      name = `sp_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
      // Texts are finite in practice (kysely's queries), but a text built per call must not grow this without end.
      if (names.size >= limit * 20) names.clear();
      names.set(text, name);
    }
    return name;
  };
  return {
    queryFor(connection, text, values) {
      if (values.length === 0) return text;
      let mine = kept.get(connection);
      if (!mine) {
        mine = new Set();
        kept.set(connection, mine);
      }
      const name = nameOf(text);
      if (!mine.has(name)) {
        if (mine.size >= limit) return text;
        mine.add(name);
      }
      return { name, text, values: [...values] };
    },
  };
}

/**
 * A prepared statement whose tables changed under it (another host migrated): PostgreSQL refuses to run it, on
 * this connection, until it is prepared again. The connection is then closed instead of reused.
 */
export function isStalePreparedStatement(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && /cached plan must not change result type/.test(message);
}

/**
 * DB_PREPARED_STATEMENTS, read alike by the host and the cloud functions: on unless "0" or "false". A pooler that
 * cannot keep prepared statements is the one reason to turn them off; a typo stops the process.
 */
export function readPreparedStatements(value: string | undefined): boolean {
  const v = value?.trim() ?? '';
  if (v === '' || v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  throw new Error(`DB_PREPARED_STATEMENTS must be 1 or 0, got ${value}`);
}
