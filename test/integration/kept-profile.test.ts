// The caller's profile (with the session version every token is checked against) is kept between calls on SQLite
// (backend/runtime/caller.ts, the change mark in backend/data/database.ts). Hostile cases over real HTTP on both
// engines: a session ended by this host, by another process on the same database, or in the middle of a stream of
// reads is refused on the next call, and a changed profile is never answered from an old copy.
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { DATA_VERSION_EVERY_MS } from '../../backend/data/database';
import { loadPersonProfile } from '../../backend/data/people';
import { resolveCaller } from '../../backend/runtime/caller';
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

  it('gives each of many calls arriving at once its own profile and roles (PostgreSQL reads them in one query), and refuses only the ended session among them', async () => {
    const people = await db()
      .selectFrom('people')
      .select(['id', 'session_version', 'handle'])
      .where('handle', 'is not', null)
      .orderBy('id')
      .limit(40)
      .execute();
    const withRoles = await db().selectFrom('role_grants').select('person_id').distinct().execute();
    const graded = [
      ...people,
      ...(await db()
        .selectFrom('people')
        .select(['id', 'session_version', 'handle'])
        .where(
          'id',
          'in',
          withRoles.map((r) => r.person_id),
        )
        .execute()),
    ];
    const ended = graded[3];
    await db()
      .updateTable('people')
      .set((eb) => ({ session_version: eb('session_version', '+', 1) }))
      .where('id', '=', ended.id)
      .execute();
    const identities = await Promise.all(
      graded.map(async (p) => ({
        source: 'host' as const,
        token: await host.deps.tokens.issue(p.id, p.session_version),
      })),
    );
    const missing = { source: 'host' as const, token: await host.deps.tokens.issue(987_654, 1) };
    // All asked in one turn of the event loop, as calls arriving together are.
    const answers = await Promise.allSettled(
      [...identities, missing].map((identity) => resolveCaller(identity, host.deps, true)),
    );
    for (const [i, p] of graded.entries()) {
      const answer = answers[i];
      if (p.id === ended.id) {
        expect(answer.status === 'rejected' && (answer.reason as { code: string }).code).toBe('UNAUTHENTICATED');
        continue;
      }
      expect(answer.status).toBe('fulfilled');
      const caller = (answer as PromiseFulfilledResult<Awaited<ReturnType<typeof resolveCaller>>>).value;
      const alone = await loadPersonProfile(db(), p.id);
      expect(caller).toMatchObject({
        kind: 'person',
        person: alone!.person,
        orgUnit: alone!.orgUnit,
        grants: alone!.grants,
      });
    }
    const last = answers[answers.length - 1];
    expect(last.status === 'rejected' && (last.reason as { code: string }).code).toBe('UNAUTHENTICATED');
    expect(withRoles.length).toBeGreaterThan(3);
  });

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
