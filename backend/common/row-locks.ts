// Row locks that hide the engine: on PostgreSQL a read inside a transaction takes FOR UPDATE, so concurrent writers
// of the same rows wait for each other; SQLite runs one write transaction at a time, and has no FOR UPDATE.
import { PostgresAdapter, type Kysely, type Selectable, type SelectQueryBuilder, type Transaction } from 'kysely';

/** A Kysely instance or transaction, as far as telling its engine goes. */
type Connection = { getExecutor(): { readonly adapter: unknown } };

/** Whether the connection speaks PostgreSQL (read from kysely's dialect adapter, so no caller passes the engine). */
export function isPostgres(db: Connection): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The select, locking the rows it reads until the transaction ends (PostgreSQL). With `skipLocked`, rows another
 * transaction holds are passed over instead of waited for (racing job runners each take a different job).
 */
export function lockedRead<DB, TB extends keyof DB, O>(
  db: Connection,
  query: SelectQueryBuilder<DB, TB, O>,
  options: { skipLocked?: boolean } = {},
): SelectQueryBuilder<DB, TB, O> {
  if (!isPostgres(db)) return query;
  return options.skipLocked ? query.forUpdate().skipLocked() : query.forUpdate();
}

/** Tables with a numeric `id` column. */
type WithId<DB> = { [T in keyof DB & string]: DB[T] extends { id: unknown } ? T : never }[keyof DB & string];

/** The row `id` of `table`, locked until the transaction ends; null when there is none. */
export async function lockForUpdate<DB, T extends WithId<DB>>(
  trx: Transaction<DB>,
  table: T,
  id: number,
): Promise<Selectable<DB[T]> | null> {
  const rows = await lockRowsForUpdate(trx, table, [id]);
  return rows[0] ?? null;
}

/** The rows `ids` of `table`, locked in id order (so two transactions locking the same rows cannot deadlock). */
export async function lockRowsForUpdate<DB, T extends WithId<DB>>(
  trx: Transaction<DB>,
  table: T,
  ids: readonly number[],
): Promise<Selectable<DB[T]>[]> {
  // Kysely cannot type a where on a table chosen by a type parameter; WithId<DB> is what makes `id` safe here.
  const db = trx as unknown as Kysely<Record<string, { id: number }>>;
  const query = db
    .selectFrom(table as string)
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id');
  return (await lockedRead(db, query).execute()) as Selectable<DB[T]>[];
}
