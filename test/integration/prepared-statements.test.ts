// Prepared statements on PostgreSQL (backend/data/prepared-statements.ts): a statement with parameters is prepared
// once per connection and then only run; one without (BEGIN, DDL) never is; a statement whose table changed under
// it costs one failed call and a fresh connection, not a broken pool; DB_PREPARED_STATEMENTS=0 prepares nothing.
import { sql } from 'kysely';
import { openDatabase, type Database } from '../../backend/data/database';
import { availableEngines } from '../support/engines';
import { createPostgresDatabase } from '../support/start-host';

const withPostgres = availableEngines().includes('postgres');

(withPostgres ? describe : describe.skip)('prepared statements on PostgreSQL', () => {
  let url: string;
  let drop: () => Promise<void>;
  const opened: Database[] = [];

  beforeAll(async () => {
    ({ url, drop } = await createPostgresDatabase());
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((d) => d.close()));
  });
  afterAll(() => drop());

  /** One connection, so every statement below runs where pg_prepared_statements can see it. */
  const open = async (preparedStatements?: boolean) => {
    const database = await openDatabase({ url, dataDir: '', poolSize: 1, preparedStatements });
    opened.push(database);
    return database;
  };
  const preparedOf = async (database: Database, like: string) =>
    (
      await sql<{ statement: string; runs: number }>`
        select statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements
        where statement like ${like} and statement not like '%pg_prepared_statements%'`.execute(database.db)
    ).rows;

  it('prepares a statement with parameters once on its connection and runs it from there', async () => {
    const database = await open();
    await sql`create table if not exists marks (id int primary key, note text)`.execute(database.db);
    for (let i = 1; i <= 3; i += 1) {
      await database.db
        .insertInto('marks' as never)
        .values({ id: i, note: `n${i}` } as never)
        .execute();
    }
    const read = (id: number) =>
      database.db
        .selectFrom('marks' as never)
        .select(sql<string>`note`.as('note'))
        .where(sql.ref('id'), '=', id)
        .executeTakeFirst();
    expect(await read(1)).toEqual({ note: 'n1' });
    expect(await read(2)).toEqual({ note: 'n2' });
    expect(await read(3)).toEqual({ note: 'n3' });
    const selects = await preparedOf(database, 'select note as "note" from "marks"%');
    expect(selects).toHaveLength(1);
    expect(selects[0].runs).toBe(3);
    const inserts = await preparedOf(database, 'insert into "marks"%');
    expect(inserts).toHaveLength(1);
    expect(inserts[0].runs).toBe(3);
    // No parameters, nothing prepared: the CREATE TABLE above, and BEGIN and COMMIT of a transaction.
    await database.transaction(async (trx) => sql`select 1 as one`.execute(trx));
    expect(await preparedOf(database, 'create table%')).toEqual([]);
    expect(await preparedOf(database, 'select 1 as one%')).toEqual([]);
  });

  it('prepares nothing when turned off', async () => {
    const database = await open(false);
    await sql`select ${7}::int as seven`.execute(database.db);
    expect(await preparedOf(database, 'select $1::int as seven%')).toEqual([]);
  });

  it('answers one failed call when a table changes under a prepared statement, then works on a fresh connection', async () => {
    const database = await open();
    await sql`create table shifting (id int primary key)`.execute(database.db);
    await sql`insert into shifting values (1)`.execute(database.db);
    const all = () => sql<Record<string, unknown>>`select * from shifting where id = ${1}`.execute(database.db);
    expect((await all()).rows).toEqual([{ id: 1 }]);
    // Another host's migration, as it reaches this connection's prepared statement.
    const other = await openDatabase({ url, dataDir: '', poolSize: 1, preparedStatements: false });
    opened.push(other);
    await sql`alter table shifting add column note text default 'new'`.execute(other.db);

    const first = await all().then(
      (r) => r.rows,
      (err: Error) => err,
    );
    // PostgreSQL may refuse the old plan once; whichever it does, the next call sees the new column.
    if (first instanceof Error) expect(first.message).toMatch(/cached plan must not change result type/);
    else expect(first).toEqual([{ id: 1, note: 'new' }]);
    expect((await all()).rows).toEqual([{ id: 1, note: 'new' }]);
    expect((await all()).rows).toEqual([{ id: 1, note: 'new' }]);
  });
});
