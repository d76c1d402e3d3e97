// The caller's profile (with the session version every token is checked against) is kept between calls on SQLite
// (backend/runtime/caller.ts, the change mark in backend/data/database.ts). Hostile cases over real HTTP on both
// engines: a session ended by this host, by another process on the same database, or in the middle of a stream of
// reads is refused on the next call, and a changed profile is never answered from an old copy.
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { DATA_VERSION_EVERY_MS } from '../../backend/data/database';
import { availableEngines } from '../support/engines';
import { accountCalls } from '../support/account-calls';
import { login, post } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(availableEngines())('the kept profile on %s', (engine) => {
  let host: TestHost;
  const db = () => host.deps.database.db;

  beforeAll(async () => {
    host = await startHost({ engine });
  });
  afterAll(async () => {
    await host?.stop();
  });

  const { me } = accountCalls(() => host);
  const meStatus = async (token: string) => post(host.baseUrl, 'account', { action: 'me' }, token);

  /** Another process's connection to the same database: an operator's script beside the running host. */
  async function fromAnotherProcess(statement: string, params: unknown[]): Promise<void> {
    if (engine === 'sqlite') {
      const other = new BetterSqlite3(host.deps.database.describe);
      try {
        other.prepare(statement.replace(/\$\d+/g, '?')).run(...params);
      } finally {
        other.close();
      }
      return;
    }
    const other = new Client({ connectionString: host.databaseUrl });
    await other.connect();
    try {
      await other.query(statement, params);
    } finally {
      await other.end();
    }
  }

  it('refuses a session this host ended on the very next call, however often it was read just before', async () => {
    const token = await login(host.baseUrl, 'member3');
    const { id } = await me(token);
    await Promise.all(Array.from({ length: 20 }, () => me(token)));
    await db()
      .updateTable('people')
      .set((eb) => ({ session_version: eb('session_version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    const refused = await meStatus(token);
    expect(refused.status).toBe(401);
    expect(!refused.body.ok && refused.body.error.message).toMatch(/登录已经失效/);
    expect((await me(await login(host.baseUrl, 'member3'))).id).toBe(id);
  });

  it('refuses a session ended by another process on the same database', async () => {
    const token = await login(host.baseUrl, 'member4');
    const { id } = await me(token);
    await me(token);
    await fromAnotherProcess('update people set session_version = session_version + 1 where id = $1', [id]);
    // On SQLite another process's commit is noticed within DATA_VERSION_EVERY_MS; on PostgreSQL every call reads.
    if (engine === 'sqlite') await sleep(DATA_VERSION_EVERY_MS + 50);
    const refused = await meStatus(token);
    expect(refused.status).toBe(401);
    expect(!refused.body.ok && refused.body.error.message).toMatch(/登录已经失效/);
  });

  it('refuses calls racing the end of a session once it is committed', async () => {
    const token = await login(host.baseUrl, 'member5');
    const { id } = await me(token);
    const during = Array.from({ length: 30 }, () => meStatus(token));
    await db()
      .updateTable('people')
      .set((eb) => ({ session_version: eb('session_version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    await Promise.all(during);
    const after = await Promise.all(Array.from({ length: 10 }, () => meStatus(token)));
    expect(after.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 401));
  });

  it('answers a role taken away without a new session version from the database, not from the kept copy', async () => {
    const token = await login(host.baseUrl, 'volunteer1');
    const before = await me(token);
    expect(before.roles).toContain('volunteer');
    const grants = await db().selectFrom('role_grants').selectAll().where('person_id', '=', before.id).execute();
    await db().deleteFrom('role_grants').where('person_id', '=', before.id).where('role', '=', 'volunteer').execute();
    try {
      expect((await me(token)).roles).not.toContain('volunteer');
    } finally {
      const removed = grants.filter((g) => g.role === 'volunteer');
      if (removed.length > 0) await db().insertInto('role_grants').values(removed).execute();
    }
    expect((await me(token)).roles).toContain('volunteer');
  });

  it('answers new preferences at once', async () => {
    const token = await login(host.baseUrl, 'member7');
    const before = await me(token);
    const changed = await post(
      host.baseUrl,
      'account',
      { action: 'updatePreferences', data: { largeText: !before.preferences.largeText } },
      token,
    );
    expect(changed.status).toBe(200);
    expect((await me(token)).preferences.largeText).toBe(!before.preferences.largeText);
  });

  it('answers a name changed by another process once that commit is noticed', async () => {
    const token = await login(host.baseUrl, 'member8');
    const before = await me(token);
    await fromAnotherProcess('update people set name = $1 where id = $2', ['改过的名字', before.id]);
    if (engine === 'sqlite') await sleep(DATA_VERSION_EVERY_MS + 50);
    try {
      expect((await me(token)).name).toBe('改过的名字');
    } finally {
      await db().updateTable('people').set({ name: before.name }).where('id', '=', before.id).execute();
    }
  });
});
