// Issue 20, hostile, on SQLite and PostgreSQL: a lottery's sign-up count as the people see it, the words of the
// queue (排队等空位, confirm within 24 小时), attendance marked only from the event's day and taken back (audited,
// idempotent), and cancelling an event with a required reason that keeps its roster and phone numbers for calls.
import type { EventsApi } from '../../contracts/events';
import { eventsTick } from '../../backend/domains/events/jobs/tick';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { runJobOnce } from '../support/run-job';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';
import { expectNothingWritten } from '../support/table-snapshot';

type Out<A extends keyof EventsApi> = EventsApi[A]['output'];
const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Words the queue no longer uses (docs/WORDS.md). */
const OLD_QUEUE_WORDS = /候补|递补|转正/;

describe.each(availableEngines())('events, forgiving, on %s', (engine) => {
  let host: TestHost;
  let clock: number;
  const db = () => host.deps.database.db;
  const iso = (ms: number) => new Date(ms).toISOString();
  const token = tokensByHandle(() => host);
  const call = async <A extends keyof EventsApi>(handle: string, action: A, data: unknown) =>
    post<Out<A>>(host.baseUrl, 'events', { action, data }, await token(handle));
  const ok = async <A extends keyof EventsApi>(handle: string, action: A, data: unknown): Promise<Out<A>> => {
    const r = await call(handle, action, data);
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
  const refusedUnchanged = (
    handle: string,
    action: keyof EventsApi,
    data: unknown,
    status: number,
    code: string,
    words?: RegExp,
  ) => expectNothingWritten(db(), async () => refused(await call(handle, action, data), status, code, words));
  const person = async (handle: string) =>
    db()
      .selectFrom('people')
      .select(['id', 'org_unit_id', 'phone', 'name'])
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow();
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
  const create = async (handle: string, overrides: Record<string, unknown> = {}) =>
    (
      await ok(handle, 'create', {
        title: '重阳节座谈会',
        type: 'party_day',
        place: '社区党群服务中心',
        startAt: iso(clock + 3 * DAY),
        endAt: iso(clock + 3 * DAY + 2 * HOUR),
        capacity: 2,
        signupOpensAt: iso(clock - HOUR),
        signupClosesAt: iso(clock + 2 * DAY),
        audienceOrgUnitId: (await person(handle)).org_unit_id,
        mode: 'first_come',
        ...overrides,
      })
    ).event;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    clock = Date.parse('2026-12-01T01:00:00Z');
    host.deps.now = () => new Date(clock);
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('a lottery with 3 applications says 3 signed up everywhere (detail, list, roster), not 已报名 0 人', async () => {
    const event = await create('secretary6', { mode: 'lottery', signupClosesAt: iso(clock + 2 * HOUR) });
    const branch = (await person('secretary6')).org_unit_id;
    const applicants = await membersOf(branch, 3);
    for (const h of applicants) expect((await ok(h, 'signUp', { eventId: event.id })).status).toBe('applied');
    expect((await ok(applicants[0], 'get', { eventId: event.id })).event.signedUp).toBe(3);
    const listed = (await ok(applicants[0], 'list', {})).events.find((e) => e.id === event.id)!;
    expect(listed.signedUp).toBe(3);
    const roster = await ok('secretary6', 'roster', { eventId: event.id });
    expect({ signedUp: roster.event.signedUp, rows: roster.rows.length }).toEqual({ signedUp: 3, rows: 3 });
    // One leaves: the count follows. After the draw (2 seats, 1 waiting) it is still the same 2 people.
    await ok(applicants[2], 'cancel', { eventId: event.id });
    expect((await ok(applicants[0], 'get', { eventId: event.id })).event.signedUp).toBe(2);
    clock += 3 * HOUR;
    await runJobOnce(host, eventsTick);
    const drawn = (await ok(applicants[0], 'get', { eventId: event.id })).event;
    expect({ drawn: drawn.drawnAt !== null, signedUp: drawn.signedUp }).toEqual({ drawn: true, signedUp: 2 });
    clock -= 3 * HOUR;
  });

  it('joining the queue says 排队等空位 and that her turn must be confirmed within 24 小时; no 候补/递补/转正 anywhere', async () => {
    const event = await create('secretary7', { capacity: 1 });
    const [first, second, third] = await membersOf((await person('secretary7')).org_unit_id, 3);
    expect((await ok(first, 'signUp', { eventId: event.id })).status).toBe('confirmed');
    const queued = await ok(second, 'signUp', { eventId: event.id });
    expect(queued.status).toBe('waitlisted');
    expect(queued.message).toMatch(/排队等空位/);
    expect(queued.message).toContain('轮到您时，我们会通知您，请在24小时内按“确认参加”');
    expect(queued.message).not.toMatch(OLD_QUEUE_WORDS);
    await ok(third, 'signUp', { eventId: event.id });
    // The first leaves: the second is told, in the same words.
    await ok(first, 'cancel', { eventId: event.id });
    const promoted = await ok(second, 'get', { eventId: event.id });
    expect(promoted.mine.status).toBe('promoted');
    const confirmed = await ok(second, 'confirmPromotion', { eventId: event.id });
    expect(confirmed.message).not.toMatch(OLD_QUEUE_WORDS);
    const secondId = (await person(second)).id;
    const texts = await db().selectFrom('messages').select('text').where('person_id', '=', secondId).execute();
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t.text).not.toMatch(OLD_QUEUE_WORDS);
    // A lapsed turn: the third is promoted, does not confirm, and is told in the new words.
    await ok(second, 'cancel', { eventId: event.id });
    clock += 25 * HOUR;
    await runJobOnce(host, eventsTick);
    clock -= 25 * HOUR;
    const thirdId = (await person(third)).id;
    for (const t of await db().selectFrom('messages').select('text').where('person_id', '=', thirdId).execute())
      expect(t.text).not.toMatch(OLD_QUEUE_WORDS);
  });

  it('attendance by hand: refused before the event’s day with nothing written; from the day on marked, taken back (audited), and a repeat changes nothing', async () => {
    // Starts 3 days from now (2026-12-04 09:00 in China).
    const event = await create('secretary8', {
      startAt: '2026-12-04T09:00:00+08:00',
      endAt: '2026-12-04T11:00:00+08:00',
      signupClosesAt: '2026-12-03T20:00:00+08:00',
    });
    const [member] = await membersOf((await person('secretary8')).org_unit_id, 1);
    const memberId = (await person(member)).id;
    await ok(member, 'signUp', { eventId: event.id });
    await refusedUnchanged(
      'secretary8',
      'markAttendance',
      { eventId: event.id, personId: memberId, attended: true },
      409,
      'ATTENDANCE_NOT_OPEN',
      /12月4日.*那天/,
    );
    // The evening before, China time: still refused.
    clock = Date.parse('2026-12-03T15:59:00Z');
    await refusedUnchanged(
      'secretary8',
      'markAttendance',
      { eventId: event.id, personId: memberId },
      409,
      'ATTENDANCE_NOT_OPEN',
    );
    // Just after midnight on the day (China time): allowed.
    clock = Date.parse('2026-12-03T16:01:00Z');
    expect((await ok('secretary8', 'markAttendance', { eventId: event.id, personId: memberId })).status).toBe(
      'attended',
    );
    expect((await ok(member, 'get', { eventId: event.id })).mine.status).toBe('attended');
    // 撤销: taken back, audited; a second 撤销 writes nothing.
    expect(
      (await ok('secretary8', 'markAttendance', { eventId: event.id, personId: memberId, attended: false })).status,
    ).toBe('confirmed');
    const audits = await db()
      .selectFrom('audit_log')
      .select(['action', 'after_json'])
      .where('entity', '=', 'enrolment')
      .where('action', '=', 'markAttendance')
      .execute();
    expect(audits.map((a) => JSON.parse(a.after_json ?? '{}').status)).toEqual(['attended', 'confirmed']);
    await expectNothingWritten(db(), async () =>
      expect(
        (await ok('secretary8', 'markAttendance', { eventId: event.id, personId: memberId, attended: false })).status,
      ).toBe('confirmed'),
    );
    clock = Date.parse('2026-12-01T01:00:00Z');
  });

  it('cancelling an event needs a reason (≤ 200 characters), tells everyone the reason, and keeps the roster with phone numbers for calls', async () => {
    const event = await create('secretary9', { capacity: 1 });
    const branch = (await person('secretary9')).org_unit_id;
    const [a, b] = await membersOf(branch, 2);
    await ok(a, 'signUp', { eventId: event.id });
    await ok(b, 'signUp', { eventId: event.id });
    await refusedUnchanged('secretary9', 'cancelEvent', { eventId: event.id }, 400, 'VALIDATION', /原因/);
    await refusedUnchanged(
      'secretary9',
      'cancelEvent',
      { eventId: event.id, reason: '   ' },
      400,
      'VALIDATION',
      /原因/,
    );
    await refusedUnchanged(
      'secretary9',
      'cancelEvent',
      { eventId: event.id, reason: '雨'.repeat(201) },
      400,
      'VALIDATION',
      /200/,
    );
    // A member may not cancel it, nor read its roster.
    await refusedUnchanged(a, 'cancelEvent', { eventId: event.id, reason: '不想去了' }, 403, 'FORBIDDEN');
    const reason = '场地临时停电，改期另行通知';
    expect((await ok('secretary9', 'cancelEvent', { eventId: event.id, reason })).told).toBe(2);
    for (const h of [a, b]) {
      const p = await person(h);
      const told = await db()
        .selectFrom('messages')
        .select('text')
        .where('person_id', '=', p.id)
        .where('kind', '=', 'event_cancelled')
        .executeTakeFirstOrThrow();
      expect(told.text).toContain(reason);
      const seen = await ok(h, 'get', { eventId: event.id });
      expect(seen.event.cancelReason).toBe(reason);
    }
    // The roster still names both, as they were, with phone numbers in full for their own branch secretary.
    const roster = await ok('secretary9', 'roster', { eventId: event.id });
    expect(roster.event.cancelled).toBe(true);
    const pa = await person(a);
    const pb = await person(b);
    expect(roster.rows.map((r) => ({ personId: r.personId, phone: r.phone, status: r.status }))).toEqual([
      { personId: pa.id, phone: pa.phone, status: 'cancelled' },
      { personId: pb.id, phone: pb.phone, status: 'cancelled' },
    ]);
    expect(pa.phone).toMatch(/^\d{11}$/);
    const views = await db().selectFrom('audit_log').select('entity_id').where('entity', '=', 'phone_view').execute();
    expect(views.map((v) => v.entity_id)).toContain(`event:${event.id}`);
    refused(await call(a, 'roster', { eventId: event.id }), 403, 'FORBIDDEN');
    // Another branch's secretary sees neither the roster nor the numbers.
    refused(await call('secretary1', 'roster', { eventId: event.id }), 403, 'FORBIDDEN');
  });
});
