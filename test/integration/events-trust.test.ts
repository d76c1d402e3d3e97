// Issue 15, hostile, on SQLite and PostgreSQL: a lottery the organiser cannot steer (break 6), verifyDraw behind
// the same audience check as `get`, and a member removing a linked relative. After every refusal the whole
// database is compared (test/support/table-snapshot.ts).
import { createHash } from 'node:crypto';
import type { EventsApi } from '../../contracts/events';
import type { FamilyApi } from '../../contracts/family';
import { eventsTick } from '../../backend/domains/events/jobs/tick';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { runJobOnce } from '../support/run-job';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';
import { expectNothingWritten } from '../support/table-snapshot';
import { countApplicant, enrolFirstCome } from '../../backend/domains/events/queries/events';
import { loadEventForSignUp } from '../../backend/domains/events/access';
import { firstComeSentences } from '../../backend/domains/events/rules/events';
import { createUnitOfWork, type Audit, type Finish, type UnitOfWork } from '../../backend/runtime/unit-of-work';

type Out<A extends keyof EventsApi> = EventsApi[A]['output'];
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe.each(availableEngines())('events trust on %s', (engine) => {
  let host: TestHost;
  let clock: number;
  const db = () => host.deps.database.db;
  const iso = (ms: number) => new Date(ms).toISOString();
  const token = tokensByHandle(() => host);
  // Any action name: the attacker's calls include actions that no longer exist.
  const call = async <T = unknown>(handle: string, action: string, data: unknown): Promise<ApiReply<T>> =>
    post<T>(host.baseUrl, 'events', { action, data }, await token(handle));
  const ok = async <A extends keyof EventsApi>(handle: string, action: A, data: unknown): Promise<Out<A>> => {
    const r = await call<Out<A>>(handle, action, data);
    if (!r.body.ok) throw new Error(`${action}: ${JSON.stringify(r.body)}`);
    return r.body.data;
  };
  // Family links are account actions (contracts/family.ts).
  const callFamily = async <T = unknown>(handle: string, action: string, data: unknown): Promise<ApiReply<T>> =>
    post<T>(host.baseUrl, 'account', { action, data }, await token(handle));
  const okFamily = async <A extends keyof FamilyApi>(
    handle: string,
    action: A,
    data: unknown,
  ): Promise<FamilyApi[A]['output']> => {
    const r = await callFamily<FamilyApi[A]['output']>(handle, action, data);
    if (!r.body.ok) throw new Error(`${action}: ${JSON.stringify(r.body)}`);
    return r.body.data;
  };
  const refused = (r: ApiReply<unknown>, status: number, code: string, words?: RegExp) => {
    expect({ status: r.status, code: r.body.ok ? 'ok' : r.body.error.code }).toEqual({ status, code });
    if (!r.body.ok) {
      expect(r.body.error.message).toMatch(/[\u4e00-\u9fff].*[。！？]$/);
      if (words) expect(r.body.error.message).toMatch(words);
    }
  };
  /** Refused, and not one row of any table changed. */
  const refusedUnchanged = async (
    handle: string,
    action: string,
    data: unknown,
    status: number,
    code: string,
    words?: RegExp,
  ) => expectNothingWritten(db(), async () => refused(await call(handle, action, data), status, code, words));
  const personId = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  const unitOf = async (handle: string) =>
    (await db().selectFrom('people').select('org_unit_id').where('handle', '=', handle).executeTakeFirstOrThrow())
      .org_unit_id;
  const membersOf = async (branch: number, n: number) =>
    (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', branch)
        .where('handle', 'like', 'member%')
        .orderBy('id')
        .limit(n)
        .execute()
    ).map((p) => p.handle!);
  const lottery = async (handle: string, overrides: Record<string, unknown> = {}) =>
    (
      await ok(handle, 'create', {
        title: '老年大学：书法提高班',
        type: 'course',
        place: '老干部活动中心三楼',
        startAt: iso(clock + 3 * DAY),
        endAt: iso(clock + 3 * DAY + 2 * HOUR),
        capacity: 2,
        signupOpensAt: iso(clock - HOUR),
        signupClosesAt: iso(clock + 2 * HOUR),
        audienceOrgUnitId: await unitOf(handle),
        mode: 'lottery',
        ...overrides,
      })
    ).event;
  const drawnAt = async (eventId: number) =>
    (await db().selectFrom('events').select('drawn_at').where('id', '=', eventId).executeTakeFirstOrThrow()).drawn_at;
  const runTick = () => runJobOnce(host, eventsTick);

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    clock = Date.parse('2026-12-01T01:00:00Z');
    host.deps.now = () => new Date(clock);
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('break 6: after seeing who applied, the organiser can neither choose the seed, pull the close forward, change the capacity, nor draw early', async () => {
    const start = clock;
    const event = await lottery('secretary5');
    // The system commits the hash at creation, before anyone can apply; the seed stays secret.
    expect(event.seedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(event.seed).toBeNull();
    const applicants = await membersOf(await unitOf('secretary5'), 6);
    for (const h of applicants) expect((await ok(h, 'signUp', { eventId: event.id })).status).toBe('applied');
    const favourite = await personId(applicants[5]);
    // A seed ground so that the favourite wins a seat.
    let ground = '';
    for (let i = 0; ; i += 1) {
      const ids = await Promise.all(applicants.map(personId));
      const ranked = [...ids].sort((a, b) => (sha(`grind-${i}:${a}`) < sha(`grind-${i}:${b}`) ? -1 : 1));
      if (ranked[0] === favourite) {
        ground = `grind-${i}`;
        break;
      }
    }

    // The attack, step by step; each refused with nothing written.
    await refusedUnchanged('secretary5', 'commitSeed', { eventId: event.id, seedHash: sha(ground) }, 404, 'NOT_FOUND');
    await refusedUnchanged(
      'secretary5',
      'update',
      { eventId: event.id, signupClosesAt: iso(clock - 60_000) },
      409,
      'CONFLICT',
      /只能延后/,
    );
    await refusedUnchanged(
      'secretary5',
      'update',
      { eventId: event.id, signupClosesAt: iso(clock + HOUR) },
      409,
      'CONFLICT',
      /只能延后/,
    );
    await refusedUnchanged('secretary5', 'update', { eventId: event.id, capacity: 1 }, 409, 'CONFLICT', /名额不能再改/);
    await refusedUnchanged('secretary5', 'update', { eventId: event.id, capacity: 5 }, 409, 'CONFLICT', /名额不能再改/);
    await refusedUnchanged('secretary5', 'draw', { eventId: event.id, seed: ground }, 400, 'VALIDATION');
    await refusedUnchanged('secretary5', 'draw', { eventId: event.id }, 409, 'DRAW_NOT_DUE', /截止以后才能抽签/);
    await refusedUnchanged(applicants[0], 'draw', { eventId: event.id }, 403, 'FORBIDDEN');
    expect((await ok(applicants[0], 'get', { eventId: event.id })).event).toMatchObject({
      seedHash: event.seedHash,
      seed: null,
      capacity: 2,
      signupClosesAt: event.signupClosesAt,
    });

    // Extending the close is allowed, and every applicant is told in a sentence.
    const later = iso(clock + 5 * HOUR);
    const extended = await ok('secretary5', 'update', { eventId: event.id, signupClosesAt: later });
    expect(extended).toMatchObject({ told: 6, event: { signupClosesAt: later, seedHash: event.seedHash } });
    const told = await db()
      .selectFrom('messages')
      .select(['person_id', 'text'])
      .where('kind', '=', 'event_changed')
      .where('person_id', 'in', await Promise.all(applicants.map(personId)))
      .execute();
    expect(told).toHaveLength(6);
    expect(told[0].text).toMatch(/报名截止时间延后到.*抽签也随之延后。$/);

    // Past the first close, before the published one: still no draw, by hand or by the job.
    clock = start + 3 * HOUR;
    await refusedUnchanged('secretary5', 'draw', { eventId: event.id }, 409, 'DRAW_NOT_DUE');
    await runTick();
    expect(await drawnAt(event.id)).toBeNull();

    // After the published close: nothing about the draw may change, then it is drawn once with the committed seed.
    clock = start + 5 * HOUR + 1000;
    await refusedUnchanged('secretary5', 'update', { eventId: event.id, capacity: 6 }, 409, 'CONFLICT');
    await refusedUnchanged(
      'secretary5',
      'update',
      { eventId: event.id, signupClosesAt: iso(clock + HOUR) },
      409,
      'CONFLICT',
      /已经截止/,
    );
    const drawn = await ok('secretary5', 'draw', { eventId: event.id });
    expect(sha(drawn.seed)).toBe(event.seedHash);
    expect(drawn.seedHash).toBe(event.seedHash);
    const ids = await Promise.all(applicants.map(personId));
    const ranked = [...ids].sort((a, b) => (sha(`${drawn.seed}:${a}`) < sha(`${drawn.seed}:${b}`) ? -1 : 1));
    expect([...drawn.winners, ...drawn.waitlist]).toEqual(ranked);
    expect(drawn.winners).toHaveLength(2);
    await refusedUnchanged('secretary5', 'draw', { eventId: event.id }, 409, 'ALREADY_DRAWN');
    await refusedUnchanged(
      'secretary5',
      'update',
      { eventId: event.id, signupClosesAt: iso(clock + DAY) },
      409,
      'CONFLICT',
    );
    expect((await ok(applicants[1], 'verifyDraw', { eventId: event.id })).matches).toBe(true);
    clock = start;
  });

  it('a sign-up whose event was called off after the sign-up read it is refused at the seat, with nothing written (first come and lottery)', async () => {
    const branch = await unitOf('secretary6');
    const [member] = await membersOf(branch, 1);
    const me = await personId(member);
    for (const mode of ['first_come', 'lottery'] as const) {
      const event = await lottery('secretary6', { mode, capacity: 5, title: `临时取消的活动${mode}` });
      // The organiser's cancellation, committed only after the sign-up has read the event; the step that takes the
      // seat (or counts the application) must see it.
      const stepOfOwn = (trx: Parameters<Parameters<UnitOfWork['transaction']>[0]>[0], audit: Audit, finish: Finish) =>
        mode === 'first_come'
          ? enrolFirstCome(
              trx,
              { eventId: event.id, personId: me, signedUpBy: me, at: iso(clock), term: null },
              { audit, finish },
              firstComeSentences(event.title, null, 24),
            )
          : countApplicant(trx, event.id, iso(clock));
      await db()
        .updateTable('events')
        .set({ cancelled_at: iso(clock) })
        .where('id', '=', event.id)
        .execute();
      await expectNothingWritten(db(), async () => {
        const uow = createUnitOfWork({
          deps: host.deps,
          caller: null,
          fn: 'events',
          action: 'signUp',
          traceId: 'called-off-test',
          replay: null,
        });
        await expect(
          uow.transaction(async (trx, audit, finish) => {
            const taken = await stepOfOwn(trx, audit, finish);
            if (taken === null || taken === false) throw new Error('called off');
            return taken;
          }),
        ).rejects.toThrow('called off');
      });
    }
  });

  it('sign-ups asking for one event at once share one read of it, and a read after that one is fresh', async () => {
    const event = await lottery('secretary6', { mode: 'first_come', title: '共享读取的活动' });
    const together = await Promise.all(Array.from({ length: 20 }, () => loadEventForSignUp(host.deps, event.id)));
    expect(new Set(together).size).toBe(1);
    expect(Object.isFrozen(together[0])).toBe(true);
    expect(together[0].title).toBe('共享读取的活动');
    await db().updateTable('events').set({ title: '改过名字的活动' }).where('id', '=', event.id).execute();
    expect((await loadEventForSignUp(host.deps, event.id)).title).toBe('改过名字的活动');
    await expect(loadEventForSignUp(host.deps, 987654)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  if (engine === 'postgres') {
    it('a cancellation that commits while a sign-up (sent with a request id) waits for the event row wins: the sign-up is told 已经取消, nothing is written or kept', async () => {
      const branch = await unitOf('secretary7');
      const [member] = await membersOf(branch, 1);
      const event = await lottery('secretary7', { mode: 'first_come', capacity: 5, title: '临时取消的讲座' });
      const { Client } = await import('pg');
      const organiser = new Client({ connectionString: host.databaseUrl });
      await organiser.connect();
      try {
        await organiser.query('begin');
        await organiser.query('update events set cancelled_at = $1 where id = $2', [iso(clock), event.id]);
        const before = await db().selectFrom('enrolments').select('id').execute();
        // Sent as the app sends it, with a request id: the refusal must not be stored as an answer, nor fail on it.
        const signUp = post(
          host.baseUrl,
          'events',
          { action: 'signUp', data: { eventId: event.id }, requestId: 'called-off-while-waiting' },
          await token(member),
        );
        // The sign-up has read the event (not yet called off for it) and waits for the row at its seat step.
        for (let i = 0; ; i += 1) {
          // Blocked by this transaction's row lock (the query column may still show the connection's last query).
          const waiting = await organiser.query(
            'select count(*)::int as n from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))',
          );
          if (waiting.rows[0].n > 0) break;
          if (i > 200) throw new Error('the sign-up never waited for the event row');
          await new Promise((r) => setTimeout(r, 10));
        }
        await organiser.query('commit');
        refused(await signUp, 409, 'EVENT_CANCELLED', /已经取消/);
        expect(await db().selectFrom('enrolments').select('id').execute()).toEqual(before);
        expect(
          await db()
            .selectFrom('idempotency_keys')
            .select('key')
            .where('key', 'like', '%:called-off-while-waiting')
            .execute(),
        ).toEqual([]);
        const row = await db()
          .selectFrom('events')
          .select(['confirmed', 'waitlisted'])
          .where('id', '=', event.id)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ confirmed: 0, waitlisted: 0 });
      } finally {
        await organiser.end();
      }
    });
  }

  it('a lottery nobody applied to yet may still change its capacity and close, but never into the past', async () => {
    const event = await lottery('secretary7');
    expect(
      (await ok('secretary7', 'update', { eventId: event.id, capacity: 4, signupClosesAt: iso(clock + HOUR) })).event,
    ).toMatchObject({ capacity: 4, signupClosesAt: iso(clock + HOUR) });
    await refusedUnchanged(
      'secretary7',
      'update',
      { eventId: event.id, signupClosesAt: iso(clock - 60_000) },
      409,
      'CONFLICT',
      /现在以前/,
    );
  });

  it('the job never draws before the published close, even when the close moved after it listed the event', async () => {
    const start = clock;
    const event = await lottery('secretary8', { signupClosesAt: iso(clock + HOUR) });
    for (const h of await membersOf(await unitOf('secretary8'), 3)) await ok(h, 'signUp', { eventId: event.id });
    await ok('secretary8', 'update', { eventId: event.id, signupClosesAt: iso(clock + 4 * HOUR) });
    clock = start + 2 * HOUR;
    await runTick();
    expect(await drawnAt(event.id)).toBeNull();
    clock = start + 4 * HOUR;
    await runTick();
    expect(await drawnAt(event.id)).toBe(iso(clock));
    clock = start;
  });

  it('verifyDraw is behind the same audience check as get: another branch is told the event is not there', async () => {
    const start = clock;
    const branch = await unitOf('secretary6');
    const event = await lottery('secretary6', { title: '老年大学：国画班', signupClosesAt: iso(clock + HOUR) });
    const applicants = await membersOf(branch, 3);
    for (const h of applicants) await ok(h, 'signUp', { eventId: event.id });
    clock = start + HOUR;
    await runTick();
    expect(await drawnAt(event.id)).toBe(iso(clock));
    const outsider = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '<>', branch)
        .where('handle', 'like', 'member%')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).handle!;
    const asGet = await call(outsider, 'get', { eventId: event.id });
    refused(asGet, 404, 'NOT_FOUND');
    await refusedUnchanged(outsider, 'verifyDraw', { eventId: event.id }, 404, 'NOT_FOUND');
    const verify = await call(outsider, 'verifyDraw', { eventId: event.id });
    expect(!verify.body.ok && !asGet.body.ok && verify.body.error.message === asGet.body.error.message).toBe(true);
    await refusedUnchanged('secretary7', 'verifyDraw', { eventId: event.id }, 404, 'NOT_FOUND');
    // Inside the audience, and its organiser, may check it.
    expect((await ok(applicants[0], 'verifyDraw', { eventId: event.id })).matches).toBe(true);
    expect((await ok((await membersOf(branch, 5))[4], 'verifyDraw', { eventId: event.id })).matches).toBe(true);
    expect((await ok('admin', 'verifyDraw', { eventId: event.id })).matches).toBe(true);
    clock = start;
  });

  it('a member sees their linked relatives and removes one, once; the relative can no longer act for them', async () => {
    const branch = await unitOf('secretary10');
    const [elder] = await membersOf(branch, 1);
    const relative = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '<>', branch)
        .where('handle', 'like', 'member%')
        .orderBy('id', 'desc')
        .offset(3)
        .limit(1)
        .executeTakeFirstOrThrow()
    ).handle!;
    const relativeId = await personId(relative);
    const relativeName = (
      await db().selectFrom('people').select('name').where('id', '=', relativeId).executeTakeFirstOrThrow()
    ).name;
    const { code } = await okFamily(elder, 'familyCode', {});
    await okFamily(relative, 'redeemFamilyCode', { code });
    expect((await okFamily(elder, 'myFamily', {})).relatives).toEqual([{ id: relativeId, name: relativeName }]);
    const event = await lottery('secretary10', { mode: 'first_come', capacity: 10 });

    const removed = await okFamily(elder, 'removeRelative', { relativeId });
    expect(removed).toEqual({
      relativeId,
      name: relativeName,
      removed: true,
      message: `已经取消关联。${relativeName}不能再替您报名或取消了。`,
    });
    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('fn', '=', 'account')
      .where('action', '=', 'removeRelative')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_person_id: await personId(elder), entity: 'family_link' });
    expect((await okFamily(elder, 'myFamily', {})).relatives).toEqual([]);
    expect((await okFamily(relative, 'myFamily', {})).members).toEqual([]);
    await refusedUnchanged(
      relative,
      'signUp',
      { eventId: event.id, forPersonId: await personId(elder) },
      403,
      'FORBIDDEN',
    );
    // Pressed again (a second tap, an old screen): the same sentence, nothing written.
    const again = await expectNothingWritten(db(), () => okFamily(elder, 'removeRelative', { relativeId }));
    expect(again).toEqual({
      relativeId,
      name: null,
      removed: false,
      message: '这位家人已经不在您的关联名单里了，不用再取消。',
    });
    // An id that was never linked answers the same, naming nobody.
    const stranger = await personId('secretary1');
    expect(
      await expectNothingWritten(db(), () => okFamily(elder, 'removeRelative', { relativeId: stranger })),
    ).toMatchObject({ name: null, removed: false });
    await expectNothingWritten(db(), async () =>
      refused(await callFamily(elder, 'removeRelative', { relativeId: 'x' }), 400, 'VALIDATION'),
    );
  });
});
