// The job table and its runner on SQLite and PostgreSQL: failures are retried with backoff and then parked without
// holding up other jobs, a lapsed lease passes a job to another runner, racing runners on separate connections run
// each job once, and an admin of the whole tree sees and retries parked jobs over HTTP.
import path from 'node:path';
import { z } from 'zod';
import { openDatabase, type Database } from '../../backend/data/database';
import { cancelJob, claimNextJob, finishJob, scheduleJob } from '../../backend/data/jobs';
import { grantRole } from '../../backend/data/people';
import { defineJob, PermanentJobError, type JobHandler } from '../../backend/jobs/define-job';
import { pruneReplayKeys } from '../../backend/jobs/housekeeping';
import { createJobRunner } from '../../backend/jobs/runner';
import type { Deps } from '../../backend/runtime/deps';
import { createLogger } from '../../backend/runtime/logger';
import { login, post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

const SECOND = 1000;
const DAY = 24 * 3600 * SECOND;

describe.each(availableEngines())('jobs on %s', (engine) => {
  let host: TestHost;
  let clock: number;
  /** The host's dependencies with a clock the test moves: backoff and leases are judged by it. */
  let deps: Deps;
  /** What the runners logged, one parsed JSON object a line. */
  let logs: { level: string; msg: string; kind?: string; error?: string }[];
  const db = () => host.deps.database.db;
  const job = async (dedupeKey: string) =>
    db().selectFrom('jobs').selectAll().where('dedupe_key', '=', dedupeKey).executeTakeFirstOrThrow();
  const schedule = (kind: string, dedupeKey: string, payload: unknown = {}, runAt = clock) =>
    scheduleJob(db(), { kind, payload, dedupeKey, runAt: new Date(runAt) }, new Date(clock));

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    clock = Date.parse('2026-12-01T01:00:00Z');
    logs = [];
    deps = {
      ...host.deps,
      now: () => new Date(clock),
      log: createLogger('debug', {}, (line) => logs.push(JSON.parse(line))),
    };
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('retries a job that throws with a growing backoff, then parks it, and runs the others meanwhile', async () => {
    const ran: number[] = [];
    const handlers = [
      defineJob({
        kind: 'test.fails',
        title: '总是失败的任务',
        payload: z.object({}),
        maxAttempts: 3,
        run: async () => {
          throw new Error('printer on fire');
        },
      }),
      defineJob({
        kind: 'test.records',
        title: '记录',
        payload: z.object({ n: z.number() }),
        run: async ({ n }) => void ran.push(n),
      }),
    ];
    const runner = createJobRunner({ deps, handlers, random: () => 0.5 });
    await schedule('test.fails', 'fails:1');
    for (const n of [1, 2, 3]) await schedule('test.records', `records:${n}`, { n });

    expect(await runner.runDue()).toEqual({ done: 3, retrying: 1, parked: 0, lost: 0 });
    expect(ran).toEqual([1, 2, 3]);
    let failing = await job('fails:1');
    expect(failing).toMatchObject({
      status: 'queued',
      attempts: 1,
      last_error: 'printer on fire',
      locked_by: null,
      locked_until: null,
    });
    expect(Date.parse(failing.run_at) - clock).toBe(30 * SECOND);

    // Not due yet: nothing runs, and a new job scheduled now is not held up behind it.
    await schedule('test.records', 'records:4', { n: 4 });
    expect(await runner.runDue()).toEqual({ done: 1, retrying: 0, parked: 0, lost: 0 });
    expect(ran).toEqual([1, 2, 3, 4]);

    clock += 30 * SECOND;
    expect(await runner.runDue()).toMatchObject({ retrying: 1 });
    failing = await job('fails:1');
    expect(failing.attempts).toBe(2);
    expect(Date.parse(failing.run_at) - clock).toBe(60 * SECOND);

    clock += 60 * SECOND;
    expect(await runner.runDue()).toMatchObject({ parked: 1, retrying: 0 });
    expect(await job('fails:1')).toMatchObject({
      status: 'parked',
      attempts: 3,
      last_error: 'printer on fire',
      finished_at: new Date(clock).toISOString(),
    });
    expect(logs.filter((l) => l.kind === 'test.fails').map((l) => `${l.level} ${l.msg}`)).toEqual([
      'warn job failed, will retry',
      'warn job failed, will retry',
      'error job parked',
    ]);

    clock += DAY;
    expect(await runner.runDue()).toEqual({ done: 0, retrying: 0, parked: 0, lost: 0 });
    expect((await job('fails:1')).status).toBe('parked');
  });

  it('parks at once a job whose payload does not fit, or that fails for good, without retrying', async () => {
    let ran = 0;
    const handlers = [
      defineJob({
        kind: 'test.strict',
        title: '严格',
        payload: z.object({ id: z.number() }).strict(),
        run: async () => void (ran += 1),
      }),
      defineJob({
        kind: 'test.permanent',
        title: '无法补救',
        payload: z.object({}),
        run: async () => {
          throw new PermanentJobError('the template id is wrong');
        },
      }),
    ];
    const runner = createJobRunner({ deps, handlers });
    await schedule('test.strict', 'strict:1', { id: 'seven' });
    await schedule('test.permanent', 'permanent:1');
    expect(await runner.runDue()).toEqual({ done: 0, retrying: 0, parked: 2, lost: 0 });
    expect(ran).toBe(0);
    expect(await job('strict:1')).toMatchObject({ status: 'parked', attempts: 1 });
    expect((await job('strict:1')).last_error).toMatch(/payload does not fit/);
    expect(await job('permanent:1')).toMatchObject({
      status: 'parked',
      attempts: 1,
      last_error: 'the template id is wrong',
    });
  });

  it('counts a hung handler as failed after its timeout, rather than waiting on it', async () => {
    const hung = defineJob({
      kind: 'test.hangs',
      title: '卡住',
      payload: z.object({}),
      timeoutMs: 50,
      run: () => new Promise<void>(() => {}),
    });
    const started = performance.now();
    await schedule('test.hangs', 'hangs:1');
    expect(await createJobRunner({ deps, handlers: [hung] }).runDue()).toMatchObject({ retrying: 1 });
    expect(performance.now() - started).toBeLessThan(5 * SECOND);
    expect((await job('hangs:1')).last_error).toMatch(/longer than 50 ms/);
  });

  it('keeps one row per dedupe key; replace moves it, cancel withdraws it before it runs', async () => {
    await schedule('test.records', 'reminder:event-9', { n: 1 }, clock + DAY);
    await schedule('test.records', 'reminder:event-9', { n: 2 }, clock + 2 * DAY);
    let rows = await db().selectFrom('jobs').selectAll().where('dedupe_key', '=', 'reminder:event-9').execute();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].payload_json)).toEqual({ n: 1 });

    await scheduleJob(
      db(),
      {
        kind: 'test.records',
        payload: { n: 3 },
        dedupeKey: 'reminder:event-9',
        runAt: new Date(clock + 3 * DAY),
        onConflict: 'replace',
      },
      new Date(clock),
    );
    rows = await db().selectFrom('jobs').selectAll().where('dedupe_key', '=', 'reminder:event-9').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      payload_json: '{"n":3}',
      run_at: new Date(clock + 3 * DAY).toISOString(),
      status: 'queued',
    });

    expect(await cancelJob(db(), 'reminder:event-9')).toBe(true);
    expect(await cancelJob(db(), 'reminder:event-9')).toBe(false);
  });

  it('leaves a job of a kind it has no handler for untouched (an older runner never parks a newer kind)', async () => {
    await schedule('test.from-a-newer-version', 'newer:1');
    await createJobRunner({ deps, handlers: [] }).runDue();
    expect(await job('newer:1')).toMatchObject({ status: 'queued', attempts: 0, locked_by: null });
    await db().deleteFrom('jobs').where('dedupe_key', '=', 'newer:1').execute();
  });

  it('passes a job to another runner once the first one’s lease lapses, and drops the first one’s late result', async () => {
    const ran: string[] = [];
    const handler = defineJob({
      kind: 'test.lease',
      title: '租约',
      payload: z.object({}),
      run: async () => void ran.push('b'),
    });
    await schedule('test.lease', 'lease:1');
    // Runner A claims the job and then stops answering (a crashed process, a WeChat instance past its time limit).
    const claimedByA = await claimNextJob(db(), engine, {
      kinds: ['test.lease'],
      token: 'runner-a:claim',
      now: new Date(clock),
      leaseMs: 2 * 60 * SECOND,
    });
    expect(claimedByA).toMatchObject({ status: 'running', attempts: 1, locked_by: 'runner-a:claim' });

    const b = createJobRunner({ deps, handlers: [handler], name: 'b' });
    expect(await b.runDue()).toMatchObject({ done: 0 });
    clock += 2 * 60 * SECOND - 1;
    expect(await b.runDue()).toMatchObject({ done: 0 });
    expect(ran).toEqual([]);
    clock += 1;
    expect(await b.runDue()).toMatchObject({ done: 1 });
    expect(ran).toEqual(['b']);
    expect(await job('lease:1')).toMatchObject({ status: 'done', attempts: 2 });

    // A wakes up and reports failure: the job is not touched.
    expect(await finishJob.park(db(), claimedByA!, 'runner-a:claim', 'late', new Date(clock))).toBe(false);
    expect(await job('lease:1')).toMatchObject({ status: 'done', last_error: null });
  });

  it('parks, unrun, a job whose runners died more often than it may be tried', async () => {
    let ran = 0;
    const handler = defineJob({
      kind: 'test.crashes',
      title: '进程崩溃',
      payload: z.object({}),
      maxAttempts: 2,
      run: async () => void (ran += 1),
    });
    await schedule('test.crashes', 'crashes:1');
    for (const n of [1, 2]) {
      expect(
        await claimNextJob(db(), engine, {
          kinds: ['test.crashes'],
          token: `dies:${n}`,
          now: new Date(clock),
          leaseMs: 1000,
        }),
      ).toMatchObject({ attempts: n });
      clock += 1000;
    }
    expect(await createJobRunner({ deps, handlers: [handler] }).runDue()).toMatchObject({ parked: 1, done: 0 });
    expect(ran).toBe(0);
    expect(await job('crashes:1')).toMatchObject({ status: 'parked', attempts: 3 });
    expect((await job('crashes:1')).last_error).toMatch(/stopped before finishing 2 times/);
  });

  it('runs each job once when runners on separate database connections race for them', async () => {
    const second: Database = await openDatabase({
      url: host.databaseUrl,
      dataDir: path.dirname(host.mediaDir),
      poolSize: 4,
    });
    try {
      const runs: { n: number; by: string }[] = [];
      const racer = (by: string): JobHandler =>
        defineJob({
          kind: 'test.race',
          title: '赛跑',
          payload: z.object({ n: z.number() }),
          run: async ({ n }) => {
            runs.push({ n, by });
            await new Promise((r) => setTimeout(r, 2)); // a little work, so the runners interleave
          },
        });
      const JOBS = 60;
      for (let n = 0; n < JOBS; n += 1) await schedule('test.race', `race:${n}`, { n });
      const runners = [
        createJobRunner({ deps, handlers: [racer('a1')], name: 'a1' }),
        createJobRunner({ deps, handlers: [racer('a2')], name: 'a2' }),
        createJobRunner({ deps: { ...deps, database: second }, handlers: [racer('b1')], name: 'b1' }),
        createJobRunner({ deps: { ...deps, database: second }, handlers: [racer('b2')], name: 'b2' }),
      ];
      const summaries = await Promise.all(runners.map((r) => r.runDue()));
      expect(summaries.reduce((sum, s) => sum + s.done, 0)).toBe(JOBS);
      expect(runs.map((r) => r.n).sort((x, y) => x - y)).toEqual([...Array(JOBS).keys()]);
      expect(new Set(runs.map((r) => r.by)).size).toBeGreaterThan(1);
      const rows = await db()
        .selectFrom('jobs')
        .select(['status', 'attempts'])
        .where('kind', '=', 'test.race')
        .execute();
      expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('prunes expired replay keys daily with a recurring job that reschedules itself', async () => {
    const at = (ms: number) => new Date(ms).toISOString();
    await db()
      .insertInto('idempotency_keys')
      .values([
        {
          key: 'account.markRead:1:expired-key-01',
          request_hash: 'h',
          result_json: '{}',
          created_at: at(clock - 2 * DAY),
        },
        {
          key: 'account.markRead:1:fresh-key-001',
          request_hash: 'h',
          result_json: '{}',
          created_at: at(clock - 3600 * SECOND),
        },
      ])
      .execute();
    const runner = createJobRunner({ deps, handlers: [pruneReplayKeys] });
    expect(await runner.runDue()).toMatchObject({ done: 1 });
    const keys = (
      await db().selectFrom('idempotency_keys').select('key').where('key', 'like', 'account.markRead:1:%').execute()
    ).map((k) => k.key);
    expect(keys).toEqual(['account.markRead:1:fresh-key-001']);
    expect(await job('replay-keys.prune')).toMatchObject({ status: 'queued', attempts: 0, run_at: at(clock + DAY) });

    expect(await runner.runDue()).toMatchObject({ done: 0 });
    clock += DAY;
    expect(await runner.runDue()).toMatchObject({ done: 1 });
    expect(
      await db().selectFrom('idempotency_keys').select('key').where('key', 'like', 'account.markRead:1:%').execute(),
    ).toEqual([]);
  });

  describe('the admin’s view of failed jobs', () => {
    const askFailed = (token?: string) =>
      post<{ jobs: { id: number; kind: string; title: string; attempts: number; lastError: string }[]; total: number }>(
        host.baseUrl,
        'account',
        { action: 'failedJobs' },
        token,
      );
    const askRetry = (id: unknown, token?: string) =>
      post<{ id: number; status: string }>(host.baseUrl, 'account', { action: 'retryJob', data: { id } }, token);
    let fixed = false;
    const flaky = defineJob({
      kind: 'test.flaky',
      title: '时好时坏',
      payload: z.object({}),
      maxAttempts: 1,
      run: async () => {
        if (!fixed) throw new Error('the printer is out of paper');
      },
    });
    /** A job that failed its only try: parked. */
    const parkOne = async (dedupeKey: string) => {
      fixed = false;
      await schedule('test.flaky', dedupeKey);
      await createJobRunner({ deps, handlers: [flaky] }).runDue();
      const row = await job(dedupeKey);
      expect(row.status).toBe('parked');
      return row;
    };

    it('shows parked jobs to an admin of the whole city, with what each does in Chinese', async () => {
      const parked = await parkOne('admin-view:1');
      const reply = await askFailed(await login(host.baseUrl, 'admin'));
      expect(reply.status).toBe(200);
      if (!reply.body.ok) throw new Error(JSON.stringify(reply.body));
      // Kinds of this version are named; test.flaky is not one of them.
      expect(reply.body.data.jobs.find((j) => j.id === parked.id)).toMatchObject({
        kind: 'test.flaky',
        attempts: 1,
        lastError: 'the printer is out of paper',
        title: '（这个版本不认识的任务）',
      });
      expect(reply.body.data.total).toBeGreaterThanOrEqual(reply.body.data.jobs.length);
    });

    it('refuses members, secretaries and an admin of one district, and anyone not signed in', async () => {
      const parked = await parkOne('admin-view:2');
      expect((await askFailed()).status).toBe(401);
      expect((await askFailed(await login(host.baseUrl, 'member3'))).body).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect((await askFailed(await login(host.baseUrl, 'secretary3'))).status).toBe(403);
      const district = await db()
        .selectFrom('org_units')
        .select('id')
        .where('level', '=', 'district')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const person = await db()
        .selectFrom('people')
        .select('id')
        .where('handle', '=', 'member4')
        .executeTakeFirstOrThrow();
      await db()
        .transaction()
        .execute((trx) =>
          grantRole(trx, { personId: person.id, role: 'admin', orgUnitId: district.id, at: new Date().toISOString() }),
        );
      const districtAdmin = await login(host.baseUrl, 'member4');
      const refused = await askFailed(districtAdmin);
      expect(refused.status).toBe(403);
      expect(!refused.body.ok && refused.body.error.message).toMatch(/全市的管理员/);
      expect((await askRetry(parked.id, districtAdmin)).status).toBe(403);
      expect((await job('admin-view:2')).status).toBe('parked');
    });

    it('lets the admin try a parked job again, once, with its tries counted afresh', async () => {
      const parked = await parkOne('admin-view:3');
      const admin = await login(host.baseUrl, 'admin');
      const audits = async () =>
        (
          await db()
            .selectFrom('audit_log')
            .select('id')
            .where('entity', '=', 'job')
            .where('entity_id', '=', String(parked.id))
            .execute()
        ).length;

      const retried = await askRetry(parked.id, admin);
      expect(retried.body).toEqual({ ok: true, data: { id: parked.id, status: 'queued' } });
      expect(await audits()).toBe(1);
      expect(await job('admin-view:3')).toMatchObject({ status: 'queued', attempts: 0, finished_at: null });
      const again = await askRetry(parked.id, admin);
      expect(again.status).toBe(409);
      expect(!again.body.ok && again.body.error.message).toMatch(/不在失败列表里/);
      expect(await audits()).toBe(1);

      fixed = true;
      clock = Math.max(clock, Date.now()) + SECOND; // the admin's "now" was the host's real clock
      expect(await createJobRunner({ deps, handlers: [flaky] }).runDue()).toMatchObject({ done: 1 });
      expect(await job('admin-view:3')).toMatchObject({ status: 'done', attempts: 1 });
    });

    it('answers bad input with VALIDATION in Chinese and changes nothing', async () => {
      const admin = await login(host.baseUrl, 'admin');
      const before = (await db().selectFrom('audit_log').select('id').execute()).length;
      for (const id of ['abc', -1, 0, 1.5, null, '1e3', [1]]) {
        const reply = await askRetry(id, admin);
        expect(reply.status).toBe(400);
        expect(!reply.body.ok && reply.body.error).toMatchObject({
          code: 'VALIDATION',
          message: expect.stringMatching(/[\u4e00-\u9fff].*。$/),
        });
      }
      const extra = await post(host.baseUrl, 'account', { action: 'failedJobs', data: { all: true } }, admin);
      expect(extra.status).toBe(400);
      expect((await db().selectFrom('audit_log').select('id').execute()).length).toBe(before);
    });
  });
});
