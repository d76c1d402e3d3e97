// What a database error means, the same on both engines (better-sqlite3 and pg), so a handler can answer a race
// it lost with a sentence instead of INTERNAL.

/**
 * True for a unique-index or primary-key violation: PostgreSQL's 23505 (which covers both), better-sqlite3's
 * SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY, or SQLite's message where no code came with it.
 */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; message?: unknown };
  return (
    e.code === '23505' ||
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    (typeof e.message === 'string' && /UNIQUE constraint failed/.test(e.message))
  );
}
