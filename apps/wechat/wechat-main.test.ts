// The WeChat entry against hostile and half-deployed databases: an address that never answers, a schema nobody
// migrated, and a database user without DDL rights. Only wx-server-sdk is faked; PostgreSQL and sockets are real.
import { execFileSync } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Envelope } from '../../contracts/envelope';
import type { Schema } from '../../backend/data/schema';
import { availableEngines } from '../../test/support/engines';
import { isTimerEvent } from './wechat-main';

jest.mock(
  'wx-server-sdk',
  () => ({
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init() {},
    getWXContext: () => ({ OPENID: process.env.FAKE_WX_OPENID || undefined }),
  }),
  { virtual: true },
);

const root = path.resolve(__dirname, '../..');

describe('the timer event', () => {
  it('is recognised by its Type only', () => {
    expect(isTimerEvent({ Type: 'Timer', TriggerName: 'run-due-jobs', Time: '2026-12-01T01:00:00Z' })).toBe(true);
    for (const other of [null, undefined, 'Timer', { type: 'Timer' }, { Type: 'timer' }, { action: 'me' }])
      expect(isTimerEvent(other)).toBe(false);
  });
});

type Main = (event: unknown, context: unknown) => Promise<Envelope<unknown>>;

/** A fresh copy of the entry (its deps are cached per module), running the real account function. */
function freshAccountMain(): Main {
  let main: Main | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    main = (require('./functions/account') as { main: Main }).main;
  });
  return main as Main;
}

/** The answer, or 'no answer' if none came within ms: a hang must fail the test by its assertion, not by Jest. */
function within<T>(ms: number, work: Promise<T>): Promise<T | 'no answer'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'no answer'>((resolve) => (timer = setTimeout(() => resolve('no answer'), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const withEnv = async <T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> => {
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(before))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
};

describe('a database that never answers', () => {
  // Accepts TCP and then says nothing, like a server behind a firewall that drops the start-up packets.
  let silent: Server;
  const sockets: Socket[] = [];
  let port: number;
  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('ends the call within 6 s with DATABASE_UNAVAILABLE and a sentence, well inside the function timeout', async () => {
    const main = freshAccountMain();
    const started = Date.now();
    const answer = await withEnv(
      { FAKE_WX_OPENID: 'oWX-silent', DATABASE_URL: `postgres://app@127.0.0.1:${port}/silver`, LOG_LEVEL: 'error' },
      () => within(6_000, main({ action: 'me', data: {} }, {})),
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'DATABASE_UNAVAILABLE', message: '服务暂时连不上数据库，请稍后再试。' },
    });
    // The cloud connect timeout is 3 s; allow for the machine being busy, not for a second attempt.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
  });

  it('answers again on the next call instead of keeping the failed start', async () => {
    const main = freshAccountMain();
    await withEnv(
      {
        FAKE_WX_OPENID: 'oWX-silent',
        DATABASE_URL: `postgres://app@127.0.0.1:${port}/silver`,
        LOG_LEVEL: 'error',
        DB_CONNECT_TIMEOUT_MS: '500',
      },
      async () => {
        for (let i = 0; i < 2; i++)
          expect(await within(3_000, main({ action: 'me', data: {} }, {}))).toMatchObject({
            ok: false,
            error: { code: 'DATABASE_UNAVAILABLE' },
          });
      },
    );
  });
});

describe('a wrong DB_POOL_SIZE', () => {
  it('ends the call with a plain sentence, read as the host reads it, before any connection is tried', async () => {
    // The address is never reached: the setting is read first. 2.5 once opened a pool of "2.5" connections.
    for (const bad of ['2.5', '0', 'ten']) {
      const main = freshAccountMain();
      const answer = await withEnv(
        {
          FAKE_WX_OPENID: 'oWX-pool',
          DATABASE_URL: 'postgres://app@127.0.0.1:9/silver',
          LOG_LEVEL: 'error',
          DB_POOL_SIZE: bad,
        },
        () => within(2_000, main({ action: 'me', data: {} }, {})),
      );
      expect(answer).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统还没有配置好，请稍后再试。' } });
    }
  });
});

const hasPostgres = availableEngines().includes('postgres');

(hasPostgres ? describe : describe.skip)('the schema on PostgreSQL', () => {
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `sp_wx_schema_${process.pid}`;
  const appRole = `sp_app_${process.pid}`;
  let dbUrl: string;
  let appUrl: string;
  const admin = async (statement: string, url = adminUrl) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${name}`);
    await admin(`DROP ROLE IF EXISTS ${appRole}`);
    // The functions' user: may log in and use the tables, may not create anything (PostgreSQL 15 denies CREATE on
    // the public schema to ordinary roles).
    await admin(`CREATE ROLE ${appRole} LOGIN`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    dbUrl = url.toString();
    url.username = appRole;
    appUrl = url.toString();
  });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`DROP ROLE IF EXISTS ${appRole}`);
  });

  it('refuses with SCHEMA_OUTDATED and creates nothing when nobody ran the migration step', async () => {
    const answer = await withEnv({ FAKE_WX_OPENID: 'oWX-schema', DATABASE_URL: appUrl, LOG_LEVEL: 'error' }, () =>
      within(10_000, freshAccountMain()({ action: 'me', data: {} }, {})),
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'SCHEMA_OUTDATED', message: '系统还没有升级完成，暂时用不了。请告诉工作人员。' },
    });
    const check = new pg.Client({ connectionString: dbUrl });
    await check.connect();
    const tables = await check.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    await check.end();
    expect(tables.rows[0].n).toBe(0);
  });

  it('serves a DDL-less user once `npm run migrate -- --database-url …` has run, and --check agrees', async () => {
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const cli = (...args: string[]) =>
      execFileSync(tsx, ['apps/host/migrate-cli.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '' },
      });
    expect(() => cli('--database-url', dbUrl, '--check')).toThrow();
    expect(cli('--database-url', dbUrl)).toMatch(/^migrate: applied 0001-foundation, .* now at \d{4}-/);
    expect(cli('--database-url', dbUrl, '--check')).toMatch(/ is at \d{4}-/);

    // DML rights only, as the deployment guide grants them.
    await admin(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole}; GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole}`,
      dbUrl,
    );
    const db = new Kysely<Schema>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: dbUrl, max: 1 }) }),
    });
    let personId: number;
    try {
      const now = new Date().toISOString();
      const unit = await db
        .insertInto('org_units')
        .values({
          name: '测试市',
          level: 'city',
          parent_id: null,
          path: '/',
          created_at: now,
          code: null,
          closed_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .updateTable('org_units')
        .set({ path: `/${unit.id}/` })
        .where('id', '=', unit.id)
        .execute();
      const person = await db
        .insertInto('people')
        .values({
          name: '周桂兰',
          handle: null,
          org_unit_id: unit.id,
          phone: null,
          gender: null,
          birth_year: null,
          joined_party_on: null,
          former_post: null,
          status_on: null,
          skills: null,
          roster_no: null,
          search_key: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      personId = person.id;
      await db
        .insertInto('identities')
        .values({ provider: 'wechat', subject: 'oWX-ddl-less', person_id: person.id, created_at: now })
        .execute();
    } finally {
      await db.destroy();
    }

    const answer = await withEnv({ FAKE_WX_OPENID: 'oWX-ddl-less', DATABASE_URL: appUrl, LOG_LEVEL: 'error' }, () =>
      within(10_000, freshAccountMain()({ action: 'me', data: {} }, {})),
    );
    expect(answer).toMatchObject({ ok: true, data: { user: { id: personId, name: '周桂兰' } } });
  });
});
