// A tiny SQL runner for the bench suites over either engine, to seed and check their own databases.
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

// better-sqlite3 binds `?` in order: `$n` becomes `?` and the values follow the order they appear in.
const positional = (q) => q.replace(/\$\d+/g, '?');
const reorder = (q, params) => [...q.matchAll(/\$(\d+)/g)].map((m) => params[Number(m[1]) - 1]);

/** A tiny SQL runner over either engine: `$1`-style parameters on PostgreSQL, `?` on SQLite. */
export async function openSql(engine, dataDir, url) {
  if (engine === 'sqlite') {
    const db = new Database(path.join(dataDir, 'silver-pioneers.sqlite'));
    db.pragma('busy_timeout = 10000');
    return {
      all: async (q, params = []) => db.prepare(positional(q)).all(...reorder(q, params)),
      run: async (q, params = []) => void db.prepare(positional(q)).run(...reorder(q, params)),
      exec: async (q) => void db.exec(q),
      close: async () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    all: async (q, params = []) => (await client.query(q, params)).rows,
    run: async (q, params = []) => void (await client.query(q, params)),
    exec: async (q) => void (await client.query(q)),
    close: async () => client.end(),
  };
}
