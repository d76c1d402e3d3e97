// 活动报名 over real HTTP on SQLite and PostgreSQL: no oversell under 200 concurrent sign-ups, one active
// enrolment per person, resends answered once, promotions in waitlist order in the cancelling transaction, the
// per-term cap under concurrency, verifiable lotteries, signed attendance, the .xlsx roster, on-behalf sign-ups,
// the time-driven work, and the bad-input list refused with stable codes and nothing written.
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import type { EventsApi } from '../../contracts/events';
import type { FamilyApi } from '../../contracts/family';
import { signedScene } from '../../backend/rules/scenes';
import { eventsTick } from '../../backend/domains/events/jobs/tick';
import { signUpSentence } from '../../backend/domains/events/rules/events';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { expectMadeForPaper } from '../support/paper';
import { runJobOnce } from '../support/run-job';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';

type Out<A extends keyof EventsApi> = EventsApi[A]['output'];
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe.each(availableEngines())('events on %s', (engine) => {
  let host: TestHost;
  let clock: number;
  const db = () => host.deps.database.db;
  const iso = (ms: number) => new Date(ms).toISOString();
  const token = tokensByHandle(() => host);
  const call = async <A extends keyof EventsApi>(
    handle: string,
    action: A,
    data: unknown,
    requestId?: string,
  ): Promise<ApiReply<Out<A>>> =>
    post<Out<A>>(host.baseUrl, 'events', { action, data, ...(requestId ? { requestId } : {}) }, await token(handle));
  const ok = async <A extends keyof EventsApi>(
    handle: string,
    action: A,
    data: unknown,
    requestId?: string,
  ): Promise<Out<A>> => {
    const r = await call(handle, action, data, requestId);
    if (!r.body.ok) throw new Error(`${action}: ${JSON.stringify(r.body)}`);
    return r.body.data;
  };
  // Family links are account actions (contracts/family.ts).
  const callFamily = async <A extends keyof FamilyApi>(
    handle: string,
    action: A,
    data: unknown,
  ): Promise<ApiReply<FamilyApi[A]['output']>> =>
    post<FamilyApi[A]['output']>(host.baseUrl, 'account', { action, data }, await token(handle));
  const okFamily = async <A extends keyof FamilyApi>(
    handle: string,
    action: A,
    data: unknown,
  ): Promise<FamilyApi[A]['output']> => {
    const r = await callFamily(handle, action, data);
    if (!r.body.ok) throw new Error(`${action}: ${JSON.stringify(r.body)}`);
    return r.body.data;
  };
  const refused = (r: ApiReply<unknown>, status: number, code: string, words?: RegExp) => {
    expect(r.status).toBe(status);
    expect(r.body.ok).toBe(false);
    if (!r.body.ok) {
      expect(r.body.error.code).toBe(code);
      expect(r.body.error.message).toMatch(/[\u4e00-\u9fff].*[。！？]$/);
      if (words) expect(r.body.error.message).toMatch(words);
    }
  };
  const personId = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  const unitOf = async (handle: string) =>
    (await db().selectFrom('people').select('org_unit_id').where('handle', '=', handle).executeTakeFirstOrThrow())
      .org_unit_id;
  /** Rows of the domain's tables and the audit log: "nothing written" means these stay the same. */
  const snapshot = async () => {
    const count = async (t: 'events' | 'enrolments' | 'audit_log' | 'term_loads' | 'family_links' | 'messages') =>
      Number(
        (
          await db()
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const sums = await db()
      .selectFrom('events')
      .select((eb) => [
        eb.fn.sum<number>('confirmed').as('c'),
        eb.fn.sum<number>('waitlisted').as('w'),
        eb.fn.sum<number>('applicants').as('a'),
      ])
      .executeTakeFirstOrThrow();
    return {
      events: await count('events'),
      enrolments: await count('enrolments'),
      audit: await count('audit_log'),
      loads: await count('term_loads'),
      links: await count('family_links'),
      messages: await count('messages'),
      sums: [Number(sums.c), Number(sums.w), Number(sums.a)],
    };
  };
  const openEvent = async (handle: string, overrides: Record<string, unknown> = {}) => {
    const base = {
      title: '书法入门班',
      type: 'course',
      place: '老干部活动中心三楼',
      startAt: iso(clock + 3 * DAY),
      endAt: iso(clock + 3 * DAY + 2 * HOUR),
      capacity: 50,
      signupOpensAt: iso(clock - HOUR),
      signupClosesAt: iso(clock + 2 * DAY),
      audienceOrgUnitId: await unitOf(handle),
      mode: 'first_come',
    };
    return (await ok(handle, 'create', { ...base, ...overrides })).event;
  };
  /** One run of the events job, as the runner would make it, at the test's clock. */
  const runTick = () => runJobOnce(host, eventsTick);

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    clock = Date.parse('2026-12-01T01:00:00Z');
    host.deps.now = () => new Date(clock);
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('200 members sign up at once for 50 seats: exactly 50 confirmed and 150 waitlisted with places 1–150', async () => {
    const cityId = (
      await db().selectFrom('org_units').select('id').where('level', '=', 'city').executeTakeFirstOrThrow()
    ).id;
    const event = await openEvent('admin', { title: '党史宣讲报告会', type: 'lecture', audienceOrgUnitId: cityId });
    const handles = Array.from({ length: 200 }, (_, i) => `member${i + 1}`);
    await Promise.all(handles.map(token));
    const replies = await Promise.all(handles.map((h) => call(h, 'signUp', { eventId: event.id })));
    expect(replies.filter((r) => r.status !== 200)).toEqual([]);
    const statuses = replies.map((r) => (r.body.ok ? r.body.data.status : 'error'));
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(50);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(150);
    const places = replies
      .flatMap((r) => (r.body.ok && r.body.data.place !== undefined ? [r.body.data.place] : []))
      .sort((a, b) => a - b);
    expect(new Set(places).size).toBe(150);
    const got = await ok('member1', 'get', { eventId: event.id });
    expect(got.event).toMatchObject({ id: event.id, capacity: 50, confirmed: 50, waitlisted: 150 });
    const rows = await db().selectFrom('enrolments').select(['status']).where('event_id', '=', event.id).execute();
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    expect(rows).toHaveLength(200);

    // A cancellation promotes place 1, in the same transaction: the seat count never moves.
    const first = await db()
      .selectFrom('enrolments')
      .select('person_id')
      .where('event_id', '=', event.id)
      .where('status', '=', 'waitlisted')
      .orderBy('waitlist_no')
      .limit(2)
      .execute();
    const leaver = (
      await db()
        .selectFrom('enrolments')
        .innerJoin('people', 'people.id', 'enrolments.person_id')
        .select('people.handle')
        .where('event_id', '=', event.id)
        .where('enrolments.status', '=', 'confirmed')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).handle!;
    const cancelled = await ok(leaver, 'cancel', { eventId: event.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', promotedPersonId: first[0].person_id });
    const promoted = await db()
      .selectFrom('enrolments')
      .selectAll()
      .where('event_id', '=', event.id)
      .where('person_id', '=', first[0].person_id)
      .where('active', '=', 1)
      .executeTakeFirstOrThrow();
    expect(promoted.status).toBe('promoted');
    expect(promoted.confirm_by).toBe(iso(clock + DAY));
    const message = await db()
      .selectFrom('messages')
      .selectAll()
      .where('person_id', '=', first[0].person_id)
      .where('kind', '=', 'event_promoted')
      .executeTakeFirstOrThrow();
    expect(message.text).toMatch(/请在2026年12月2日 星期三 上午9点前按“确认参加”/);
    expect((await ok('member1', 'get', { eventId: event.id })).event).toMatchObject({ confirmed: 50, waitlisted: 149 });
    // The next in line is now first.
    const nextHandle = (
      await db().selectFrom('people').select('handle').where('id', '=', first[1].person_id).executeTakeFirstOrThrow()
    ).handle!;
    expect((await ok(nextHandle, 'get', { eventId: event.id })).mine).toMatchObject({ status: 'waitlisted', place: 1 });

    // Not confirmed in time: the seat passes to the next in line; confirming afterwards is refused.
    const promotedHandle = (
      await db().selectFrom('people').select('handle').where('id', '=', first[0].person_id).executeTakeFirstOrThrow()
    ).handle!;
    clock += DAY + 60_000;
    await runTick();
    expect((await ok(nextHandle, 'get', { eventId: event.id })).mine.status).toBe('promoted');
    expect((await ok(promotedHandle, 'get', { eventId: event.id })).mine.status).toBe('cancelled');
    refused(await call(promotedHandle, 'confirmPromotion', { eventId: event.id }), 409, 'NOT_SIGNED_UP', /让给下一位/);
    expect(await ok(nextHandle, 'confirmPromotion', { eventId: event.id })).toMatchObject({ status: 'confirmed' });
    await runTick();
    expect((await ok('member1', 'get', { eventId: event.id })).event).toMatchObject({ confirmed: 50, waitlisted: 148 });
    clock -= DAY + 60_000;
  });

  it('a secretary’s branch event: the whole branch at once for fewer seats, outsiders FORBIDDEN, the roster opens as .xlsx', async () => {
    const branch = await unitOf('secretary1');
    const event = await openEvent('secretary1', { title: '主题党日：重温入党誓词', type: 'party_day', capacity: 20 });
    const inBranch = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', branch)
        .where('handle', 'is not', null)
        .execute()
    ).map((p) => p.handle!);
    expect(inBranch.length).toBeGreaterThan(30);
    await Promise.all(inBranch.map(token));
    const replies = await Promise.all(inBranch.map((h) => call(h, 'signUp', { eventId: event.id })));
    const ok200 = replies.filter((r) => r.body.ok);
    expect(ok200).toHaveLength(inBranch.length);
    expect(replies.filter((r) => r.body.ok && r.body.data.status === 'confirmed')).toHaveLength(20);
    expect((await ok('secretary1', 'get', { eventId: event.id })).event).toMatchObject({
      confirmed: 20,
      waitlisted: inBranch.length - 20,
    });

    const outsider = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '<>', branch)
        .where('handle', 'like', 'member%')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).handle!;
    const before = await snapshot();
    refused(await call(outsider, 'signUp', { eventId: event.id }), 403, 'FORBIDDEN', /参加范围/);
    // A member calling organiser actions, and a secretary of another branch.
    refused(await call('member1', 'roster', { eventId: event.id }), 403, 'FORBIDDEN');
    refused(await call('member1', 'exportRoster', { eventId: event.id }), 403, 'FORBIDDEN');
    refused(
      await call('member1', 'create', {
        title: 'x',
        type: 'lecture',
        place: 'y',
        startAt: iso(clock + DAY),
        endAt: iso(clock + DAY + HOUR),
        capacity: 5,
        signupOpensAt: iso(clock),
        signupClosesAt: iso(clock + HOUR),
        audienceOrgUnitId: branch,
        mode: 'first_come',
      }),
      403,
      'FORBIDDEN',
    );
    refused(await call('secretary2', 'cancelEvent', { eventId: event.id, reason: '场地另有安排' }), 403, 'FORBIDDEN');
    refused(
      await call('secretary2', 'markAttendance', { eventId: event.id, personId: await personId('member1') }),
      403,
      'FORBIDDEN',
    );
    expect(await snapshot()).toEqual(before);

    const roster = await ok('secretary1', 'roster', { eventId: event.id });
    expect(roster.rows).toHaveLength(inBranch.length);
    const confirmedNames = roster.rows
      .filter((r) => r.status === 'confirmed')
      .map((r) => r.name)
      .sort();
    expect(confirmedNames).toHaveLength(20);

    const link = await ok('secretary1', 'exportRoster', { eventId: event.id });
    expect(link.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/exports\/.+\.xlsx\?/);
    const res = await fetch(link.url, { headers: { authorization: `Bearer ${await token('secretary1')}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values = sheet
      .getSheetValues()
      .slice(3)
      .map((row) => (row as unknown[]).slice(1));
    // Made for paper: the event and its day above the header, one page wide, each page with the header.
    expectMadeForPaper(sheet, /^.+ \d{4}年\d{1,2}月\d{1,2}日 报名名单（/, [
      '姓名',
      '所在支部',
      '报名时间',
      '报名人',
      '状态',
      '签到',
    ]);
    // Times are date cells on China's clock that show the year, not words without one ("12月4日 星期五 上午10:00").
    const signedUp = new Map(roster.rows.map((r) => [r.name, Date.parse(r.signedUpAt) + 8 * HOUR]));
    for (let n = 3; n <= sheet.rowCount; n += 1) {
      const cell = sheet.getRow(n).getCell(3);
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.numFmt).toMatch(/^yyyy"年"m"月"d"日"/);
      expect((cell.value as Date).getTime()).toBe(signedUp.get(String(sheet.getRow(n).getCell(1).value)));
    }
    const inSheet = values
      .filter((v) => v[4] === '已报名')
      .map((v) => v[0] as string)
      .sort();
    expect(inSheet).toEqual(confirmedNames);
  });

  it('a double tap with the same requestId gives the same answer and one row; a second sign-up is ALREADY_SIGNED_UP', async () => {
    const event = await openEvent('secretary2', { title: '太极拳班', type: 'culture', capacity: 5 });
    const handle = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', await unitOf('secretary2'))
        .where('handle', 'like', 'member%')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).handle!;
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map(() => call(handle, 'signUp', { eventId: event.id }, 'tap-tap-tap-0001')),
    );
    expect(a.body).toEqual(b.body);
    expect(b.body).toEqual(c.body);
    expect(a.body).toMatchObject({ ok: true, data: { status: 'confirmed' } });
    expect(await db().selectFrom('enrolments').select('id').where('event_id', '=', event.id).execute()).toHaveLength(1);
    const before = await snapshot();
    refused(await call(handle, 'signUp', { eventId: event.id }), 409, 'ALREADY_SIGNED_UP', /已经报过名/);
    // Ten taps without an id at once: still one active row and one seat.
    await Promise.all(Array.from({ length: 10 }, () => call(handle, 'signUp', { eventId: event.id })));
    expect(await snapshot()).toEqual(before);
    // Cancel, then sign up again: a fresh row, one active.
    await ok(handle, 'cancel', { eventId: event.id });
    expect((await ok(handle, 'get', { eventId: event.id })).mine.status).toBe('cancelled');
    expect((await ok(handle, 'signUp', { eventId: event.id })).status).toBe('confirmed');
    expect(
      await db()
        .selectFrom('enrolments')
        .select('id')
        .where('event_id', '=', event.id)
        .where('active', '=', 1)
        .execute(),
    ).toHaveLength(1);
    expect((await ok(handle, 'get', { eventId: event.id })).event.confirmed).toBe(1);
  });

  it('a queue place resent with its requestId gets the first answer word for word; the audit row and the kept answer say what was done', async () => {
    const event = await openEvent('secretary2', { title: '剪纸兴趣班', type: 'culture', capacity: 1 });
    const members = (
      await db()
        .selectFrom('people')
        .select(['id', 'handle'])
        .where('org_unit_id', '=', await unitOf('secretary2'))
        .where('handle', 'like', 'member%')
        .orderBy('id')
        .limit(3)
        .execute()
    ).map((m) => ({ id: m.id, handle: m.handle! }));
    expect(members).toHaveLength(3);
    const [first, second, third] = members;
    expect((await ok(first.handle, 'signUp', { eventId: event.id }, 'queue-first-0001')).status).toBe('confirmed');
    await ok(second.handle, 'signUp', { eventId: event.id });
    const answer = await call(third.handle, 'signUp', { eventId: event.id }, 'queue-third-0001');
    const expected = {
      status: 'waitlisted',
      place: 2,
      message: signUpSentence('剪纸兴趣班', 'waitlisted', 2, 'first_come', null, event.confirmHours),
    };
    expect(answer.body).toEqual({ ok: true, data: expected });
    expect((await call(third.handle, 'signUp', { eventId: event.id }, 'queue-third-0001')).body).toEqual(answer.body);
    const kept = await db()
      .selectFrom('idempotency_keys')
      .select('result_json')
      .where('key', '=', `events.signUp:${third.id}:queue-third-0001`)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(kept.result_json)).toEqual(expected);
    const firstKept = await db()
      .selectFrom('idempotency_keys')
      .select('result_json')
      .where('key', '=', `events.signUp:${first.id}:queue-first-0001`)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(firstKept.result_json)).toEqual({
      status: 'confirmed',
      message: signUpSentence('剪纸兴趣班', 'confirmed', undefined, 'first_come', null, event.confirmHours),
    });
    const enrolment = await db()
      .selectFrom('enrolments')
      .select(['id', 'waitlist_no'])
      .where('event_id', '=', event.id)
      .where('person_id', '=', third.id)
      .executeTakeFirstOrThrow();
    const audit = await db()
      .selectFrom('audit_log')
      .select(['entity_id', 'after_json', 'actor_person_id'])
      .where('fn', '=', 'events')
      .where('action', '=', 'signUp')
      .where('entity', '=', 'enrolment')
      .where('entity_id', '=', String(enrolment.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_person_id).toBe(third.id);
    expect(JSON.parse(audit[0].after_json!)).toEqual({
      eventId: event.id,
      personId: third.id,
      status: 'waitlisted',
      waitlistNo: enrolment.waitlist_no,
      by: third.id,
    });
    expect(enrolment.waitlist_no).toBe(2);
  });

  it('organiser writes sent with a requestId are answered once and alike when resent (create, update, export, cancelEvent)', async () => {
    const branch = await unitOf('secretary11');
    const input = {
      title: '重复提交测试',
      type: 'lecture',
      place: '礼堂',
      startAt: iso(clock + 3 * DAY),
      endAt: iso(clock + 3 * DAY + HOUR),
      capacity: 20,
      signupOpensAt: iso(clock - HOUR),
      signupClosesAt: iso(clock + 2 * DAY),
      audienceOrgUnitId: branch,
      mode: 'lottery',
    };
    const [c1, c2] = [
      await call('secretary11', 'create', input, 'create-once-0001'),
      await call('secretary11', 'create', input, 'create-once-0001'),
    ];
    expect(c1.status).toBe(200);
    expect(c2.body).toEqual(c1.body);
    expect(await db().selectFrom('events').select('id').where('title', '=', '重复提交测试').execute()).toHaveLength(1);
    const eventId = c1.body.ok ? c1.body.data.event.id : 0;
    for (const [action, data] of [
      ['update', { eventId, place: '新礼堂' }],
      ['exportRoster', { eventId }],
      ['cancelEvent', { eventId, reason: '场地另有安排' }],
    ] as const) {
      const first = await call('secretary11', action, data, `${action}-once-0001`);
      const again = await call('secretary11', action, data, `${action}-once-0001`);
      expect(first.status).toBe(200);
      expect(again.body).toEqual(first.body);
    }
    expect(
      await db()
        .selectFrom('audit_log')
        .select('id')
        .where('fn', '=', 'events')
        .where('action', '=', 'cancelEvent')
        .where('entity_id', '=', String(eventId))
        .execute(),
    ).toHaveLength(1);
  });

  it('refuses the bad-input list with stable codes and sentences, and writes nothing', async () => {
    const branch = await unitOf('secretary3');
    const member = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', branch)
        .where('handle', 'like', 'member%')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).handle!;
    const notYet = await openEvent('secretary3', { title: '摄影讲座', signupOpensAt: '2026-12-02T01:00:00Z' });
    const closed = await openEvent('secretary3', {
      title: '健康讲座',
      signupOpensAt: iso(clock - 2 * DAY),
      signupClosesAt: iso(clock - DAY),
    });
    const called = await openEvent('secretary3', { title: '合唱排练' });
    await ok('secretary3', 'cancelEvent', { eventId: called.id, reason: '场地维修' });
    const good = {
      title: '讲座',
      type: 'lecture',
      place: '礼堂',
      startAt: iso(clock + DAY),
      endAt: iso(clock + DAY + HOUR),
      capacity: 10,
      signupOpensAt: iso(clock),
      signupClosesAt: iso(clock + HOUR),
      audienceOrgUnitId: branch,
      mode: 'first_come',
    };
    const before = await snapshot();

    refused(
      await call(member, 'signUp', { eventId: notYet.id }),
      409,
      'SIGNUP_NOT_OPEN',
      /2026年12月2日 星期三 上午9点开始报名/,
    );
    refused(await call(member, 'signUp', { eventId: closed.id }), 409, 'SIGNUP_CLOSED');
    refused(await call(member, 'signUp', { eventId: called.id }), 409, 'EVENT_CANCELLED');
    refused(await call(member, 'signUp', { eventId: 987654 }), 404, 'NOT_FOUND');
    for (const eventId of [0, -1, '1e3', 'abc', null, true, [1], 2 ** 40])
      refused(await call(member, 'signUp', { eventId }), 400, 'VALIDATION');
    refused(await call(member, 'signUp', { eventId: notYet.id, extra: 1 }), 400, 'VALIDATION');
    // On behalf of someone not in your branch or not linked to you.
    const stranger = (
      await db()
        .selectFrom('people')
        .select('id')
        .where('org_unit_id', '<>', branch)
        .where('handle', 'like', 'member%')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).id;
    refused(
      await call(member, 'signUp', { eventId: notYet.id, forPersonId: stranger }),
      403,
      'FORBIDDEN',
      /不在您的支部/,
    );
    refused(await call('secretary3', 'signUp', { eventId: notYet.id, forPersonId: stranger }), 403, 'FORBIDDEN');
    // Creating: capacity ≤ 0 or above 100,000, end before start, a window after the event, wrong type/mode, hostile text.
    for (const bad of [
      { capacity: 0 },
      { capacity: -5 },
      { capacity: 100_001 },
      { capacity: 2.5 },
      { capacity: '50' },
      { endAt: iso(clock + DAY - HOUR) },
      { signupClosesAt: iso(clock + 2 * DAY) },
      { signupOpensAt: iso(clock + 2 * HOUR) },
      { startAt: 'tomorrow' },
      { startAt: '2026-12-01' },
      { type: 'party' },
      { mode: 'random' },
      { title: '' },
      { title: '字'.repeat(61) },
      { title: 'a\u202Eb' },
      { place: '   ' },
      { audienceOrgUnitId: 'x' },
    ]) {
      refused(await call('secretary3', 'create', { ...good, ...bad }), 400, 'VALIDATION');
    }
    refused(
      await call('secretary3', 'create', { ...good, audienceOrgUnitId: await unitOf('secretary4') }),
      403,
      'FORBIDDEN',
      /管理范围/,
    );
    refused(await call('secretary3', 'create', { ...good, audienceOrgUnitId: 987654 }), 404, 'NOT_FOUND');
    refused(
      await call('secretary3', 'update', { eventId: notYet.id, endAt: iso(clock) }),
      400,
      'VALIDATION',
      /结束时间/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a lottery: the hash committed at creation is shown, the draw waits for the close, once; verifyDraw recomputes', async () => {
    const event = await openEvent('admin', {
      title: '老年大学：书法提高班',
      capacity: 3,
      mode: 'lottery',
      signupClosesAt: iso(clock + HOUR),
      audienceOrgUnitId: await unitOf('secretary5'),
    });
    expect(event.seedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(event.seed).toBeNull();
    const branch = await unitOf('secretary5');
    const applicants = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', branch)
        .where('handle', 'like', 'member%')
        .orderBy('id')
        .limit(8)
        .execute()
    ).map((p) => p.handle!);
    const replies = await Promise.all(applicants.map((h) => ok(h, 'signUp', { eventId: event.id })));
    expect(replies.every((r) => r.status === 'applied')).toBe(true);
    expect((await ok(applicants[0], 'get', { eventId: event.id })).event).toMatchObject({
      applicants: 8,
      confirmed: 0,
      seedHash: event.seedHash,
      seed: null,
    });

    const before = await snapshot();
    refused(await call('secretary5', 'draw', { eventId: event.id }), 409, 'DRAW_NOT_DUE', /截止以后才能抽签/);
    refused(await call(applicants[0], 'draw', { eventId: event.id }), 403, 'FORBIDDEN');
    refused(await call(applicants[0], 'verifyDraw', { eventId: event.id }), 409, 'DRAW_NOT_DUE');
    expect(await snapshot()).toEqual(before);

    clock += HOUR + 1000;
    refused(await call(applicants[0], 'signUp', { eventId: event.id }), 409, 'SIGNUP_CLOSED');
    expect(await snapshot()).toEqual(before);

    const drawn = await ok('secretary5', 'draw', { eventId: event.id });
    const seed = drawn.seed;
    expect(sha(seed)).toBe(event.seedHash);
    expect(drawn.winners).toHaveLength(3);
    expect(drawn.waitlist).toHaveLength(5);
    // Recomputed here by the documented algorithm (docs/LOTTERY.md), independently of the server's code.
    const ids = await Promise.all(applicants.map(personId));
    const ranked = [...ids].sort((a, b) => (sha(`${seed}:${a}`) < sha(`${seed}:${b}`) ? -1 : 1));
    expect([...drawn.winners, ...drawn.waitlist]).toEqual(ranked);
    expect(drawn.applicants).toEqual([...ids].sort((a, b) => a - b));
    const verified = await ok(applicants[7], 'verifyDraw', { eventId: event.id });
    expect(verified).toMatchObject({
      matches: true,
      seed,
      seedHash: event.seedHash,
      winners: drawn.winners,
      waitlist: drawn.waitlist,
    });
    const afterDraw = await snapshot();
    refused(await call('secretary5', 'draw', { eventId: event.id }), 409, 'ALREADY_DRAWN');
    // The job finds nothing left to draw.
    await runTick();
    expect(await snapshot()).toEqual(afterDraw);
    const winner = (
      await db().selectFrom('people').select('handle').where('id', '=', drawn.winners[0]).executeTakeFirstOrThrow()
    ).handle!;
    expect((await ok(winner, 'get', { eventId: event.id })).mine.status).toBe('confirmed');
    const loser = (
      await db().selectFrom('people').select('handle').where('id', '=', drawn.waitlist[0]).executeTakeFirstOrThrow()
    ).handle!;
    expect((await ok(loser, 'get', { eventId: event.id })).mine).toMatchObject({ status: 'waitlisted', place: 1 });
    expect(
      await db()
        .selectFrom('messages')
        .select('id')
        .where('kind', '=', 'event_drawn')
        .where('person_id', 'in', ids)
        .execute(),
    ).toHaveLength(8);
    clock -= HOUR + 1000;
  });

  it('a system-seeded lottery is drawn by the job when its window closes, once', async () => {
    const event = await openEvent('secretary6', {
      title: '老年大学：国画班',
      capacity: 2,
      mode: 'lottery',
      signupClosesAt: iso(clock + HOUR),
    });
    const branch = await unitOf('secretary6');
    const applicants = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', branch)
        .where('handle', 'like', 'member%')
        .orderBy('id')
        .limit(5)
        .execute()
    ).map((p) => p.handle!);
    for (const h of applicants) await ok(h, 'signUp', { eventId: event.id });
    await runTick();
    expect((await ok(applicants[0], 'get', { eventId: event.id })).event.drawnAt).toBeNull();
    clock += HOUR;
    await runTick();
    await runTick();
    const got = await ok(applicants[0], 'get', { eventId: event.id });
    expect(got.event).toMatchObject({ confirmed: 2, waitlisted: 3, drawnAt: iso(clock) });
    expect(sha(got.event.seed!)).toBe(event.seedHash);
    expect((await ok(applicants[1], 'verifyDraw', { eventId: event.id })).matches).toBe(true);
    clock -= HOUR;
  });

  it('the per-term cap holds when one person signs up for three courses at once', async () => {
    const branch = await unitOf('secretary7');
    const courses = await Promise.all(
      ['书法', '国画', '摄影'].map((t) =>
        openEvent('secretary7', { title: `老年大学：${t}`, term: '测试学期', termCap: 2, capacity: 30 }),
      ),
    );
    const member = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', branch)
        .where('handle', 'like', 'member%')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).handle!;
    const replies = await Promise.all(courses.map((c) => call(member, 'signUp', { eventId: c.id })));
    expect(replies.filter((r) => r.body.ok)).toHaveLength(2);
    const refusal = replies.find((r) => !r.body.ok)!;
    refused(refusal, 409, 'TERM_CAP_REACHED', /最多报 2 门课/);
    const heldBefore = replies.findIndex((r) => r.body.ok);
    // Cancelling one frees a place in the term.
    await ok(member, 'cancel', { eventId: courses[heldBefore].id });
    const third = courses[replies.indexOf(refusal)];
    expect((await ok(member, 'signUp', { eventId: third.id })).status).toBe('confirmed');
  });

  it('attendance: a signed code from the organiser marks 已签到; forged, altered, expired, early and other-event codes are refused', async () => {
    const event = await openEvent('secretary8', {
      title: '健康知识讲座',
      type: 'lecture',
      startAt: iso(clock + 30 * 60_000),
      endAt: iso(clock + 3 * HOUR),
      signupClosesAt: iso(clock + 20 * 60_000),
    });
    const other = await openEvent('secretary8', {
      title: '另一个讲座',
      type: 'lecture',
      startAt: iso(clock + 30 * 60_000),
      endAt: iso(clock + 3 * HOUR),
      signupClosesAt: iso(clock + 20 * 60_000),
    });
    const later = await openEvent('secretary8', { title: '下周的讲座', type: 'lecture' });
    const branch = await unitOf('secretary8');
    const [m1, m2] = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', branch)
        .where('handle', 'like', 'member%')
        .orderBy('id')
        .limit(2)
        .execute()
    ).map((p) => p.handle!);
    await ok(m1, 'signUp', { eventId: event.id });
    await ok(m1, 'signUp', { eventId: later.id });
    const qr = await post<{ scene: string; expiresAt?: string }>(
      host.baseUrl,
      'qrcode',
      { action: 'create', data: { type: 'attendance', id: event.id } },
      await token('secretary8'),
    );
    if (!qr.body.ok) throw new Error(JSON.stringify(qr.body));
    const scene = qr.body.data.scene;
    expect(qr.body.data.expiresAt).toBe(iso(clock + 3 * HOUR));
    refused(
      await post(
        host.baseUrl,
        'qrcode',
        { action: 'create', data: { type: 'attendance', id: event.id } },
        await token(m1),
      ),
      403,
      'FORBIDDEN',
    );

    const before = await snapshot();
    const key = host.deps.sceneKey;
    const alter = (s: string, i: number, v: string) =>
      s
        .split('.')
        .map((p, j) => (j === i ? v : p))
        .join('.');
    refused(
      await call(m1, 'attend', {
        scene: signedScene('attendance', event.id, new Date(clock + 3 * HOUR), 'made-up-key'),
      }),
      400,
      'QR_INVALID',
    );
    refused(await call(m1, 'attend', { scene: alter(scene, 1, other.id.toString(36)) }), 400, 'QR_INVALID');
    refused(
      await call(m1, 'attend', { scene: alter(scene, 2, Math.floor((clock + 30 * DAY) / 1000).toString(36)) }),
      400,
      'QR_INVALID',
    );
    refused(
      await call(m1, 'attend', { scene: signedScene('attendance', event.id, new Date(clock - 1000), key) }),
      410,
      'QR_EXPIRED',
    );
    refused(
      await call(m1, 'attend', { scene: signedScene('checkin', event.id, new Date(clock + HOUR), key) }),
      400,
      'QR_INVALID',
      /签到/,
    );
    refused(await call(m1, 'attend', { scene, eventId: other.id }), 400, 'QR_INVALID', /另一个活动/);
    refused(
      await call(m1, 'attend', { scene: signedScene('attendance', later.id, new Date(clock + 5 * DAY), key) }),
      409,
      'ATTENDANCE_NOT_OPEN',
      /开始前一小时/,
    );
    refused(await call(m2, 'attend', { scene }), 409, 'NOT_SIGNED_UP');
    expect(await snapshot()).toEqual(before);

    expect(await ok(m1, 'attend', { scene })).toMatchObject({
      status: 'attended',
      eventId: event.id,
      message: expect.stringMatching(/签到成功/),
    });
    expect((await ok(m1, 'attend', { scene })).message).toMatch(/已经签到过了/);
    expect((await ok(m1, 'get', { eventId: event.id })).mine.status).toBe('attended');

    // By hand, for someone without a phone.
    await ok(m2, 'signUp', { eventId: event.id });
    expect(await ok('secretary8', 'markAttendance', { eventId: event.id, personId: await personId(m2) })).toEqual({
      personId: await personId(m2),
      status: 'attended',
    });
    const roster = await ok('secretary8', 'roster', { eventId: event.id });
    expect(roster.rows.filter((r) => r.attended)).toHaveLength(2);
  });

  it('on someone’s behalf: the branch secretary, and a relative who redeemed the family code; the member sees who did it', async () => {
    const branch = await unitOf('secretary9');
    const event = await openEvent('secretary9', { title: '重阳节文艺汇演', type: 'culture', capacity: 10 });
    const [elder, elder2] = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', branch)
        .where('handle', 'like', 'member%')
        .orderBy('id')
        .limit(2)
        .execute()
    ).map((p) => p.handle!);
    // A relative elsewhere in the city who has signed nobody up yet (the demo signs some members up itself).
    const relative = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '<>', branch)
        .where('handle', 'like', 'member%')
        .where('id', 'not in', db().selectFrom('enrolments').select('signed_up_by'))
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).handle!;
    // The secretary signs elder2 up after a phone call.
    const bySecretary = await ok('secretary9', 'signUp', { eventId: event.id, forPersonId: await personId(elder2) });
    expect(bySecretary.message).toMatch(/已为/);
    const seen = await ok(elder2, 'get', { eventId: event.id });
    expect(seen.mine).toMatchObject({ status: 'confirmed', signedUpByName: expect.any(String) });
    // The relative cannot before the link, can after.
    refused(
      await call(relative, 'signUp', { eventId: event.id, forPersonId: await personId(elder) }),
      403,
      'FORBIDDEN',
    );
    const { code } = await okFamily(elder, 'familyCode', {});
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    refused(await callFamily(relative, 'redeemFamilyCode', { code: 'ZZZZZZ' }), 400, 'FAMILY_CODE_INVALID');
    expect(await okFamily(relative, 'redeemFamilyCode', { code: code.toLowerCase() })).toMatchObject({
      memberId: await personId(elder),
    });
    const forElder = await ok(relative, 'signUp', { eventId: event.id, forPersonId: await personId(elder) });
    expect(forElder.status).toBe('confirmed');
    const mine = (await ok(elder, 'get', { eventId: event.id })).mine;
    const relativeName = (
      await db().selectFrom('people').select('name').where('handle', '=', relative).executeTakeFirstOrThrow()
    ).name;
    expect(mine.signedUpByName).toBe(relativeName);
    const told = await db()
      .selectFrom('messages')
      .select('text')
      .where('person_id', '=', await personId(elder))
      .where('kind', '=', 'event_signed_up')
      .execute();
    expect(told.map((m) => m.text)).toEqual([`${relativeName}已为您报名“重阳节文艺汇演”。`]);
    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('fn', '=', 'events')
      .where('action', '=', 'signUp')
      .where('actor_person_id', '=', await personId(relative))
      .execute();
    expect(audit).toHaveLength(1);
    expect(await ok(relative, 'cancel', { eventId: event.id, forPersonId: await personId(elder) })).toMatchObject({
      status: 'cancelled',
    });
    // The code is single use.
    refused(await callFamily(elder2, 'redeemFamilyCode', { code }), 400, 'FAMILY_CODE_INVALID');
  });

  it('tells people: a change, a cancellation of the event, and a reminder the day before (once)', async () => {
    const event = await openEvent('secretary10', {
      title: '社区义诊',
      type: 'volunteer',
      startAt: iso(clock + DAY + 2 * HOUR),
      endAt: iso(clock + DAY + 4 * HOUR),
      signupClosesAt: iso(clock + DAY),
    });
    const branch = await unitOf('secretary10');
    const members = await db()
      .selectFrom('people')
      .select(['handle', 'id'])
      .where('org_unit_id', '=', branch)
      .where('handle', 'like', 'member%')
      .orderBy('id')
      .limit(3)
      .execute();
    for (const m of members) await ok(m.handle!, 'signUp', { eventId: event.id });
    const kinds = async (kind: string) =>
      db()
        .selectFrom('messages')
        .select('person_id')
        .where('kind', '=', kind)
        .where(
          'person_id',
          'in',
          members.map((m) => m.id),
        )
        .execute();
    expect((await ok('secretary10', 'update', { eventId: event.id, place: '社区卫生服务中心' })).told).toBe(3);
    expect(await kinds('event_changed')).toHaveLength(3);
    clock += 3 * HOUR;
    await runTick();
    await runTick();
    const reminders = await kinds('event_reminder');
    expect(reminders).toHaveLength(3);
    expect(
      (
        await db()
          .selectFrom('messages')
          .select('text')
          .where('kind', '=', 'event_reminder')
          .where('person_id', '=', members[0].id)
          .executeTakeFirstOrThrow()
      ).text,
    ).toMatch(/明天上午11点开始/);
    expect((await ok('secretary10', 'cancelEvent', { eventId: event.id, reason: '医生临时有事' })).told).toBe(3);
    expect(await kinds('event_cancelled')).toHaveLength(3);
    expect((await ok(members[0].handle!, 'get', { eventId: event.id })).mine.status).toBe('cancelled');
    clock -= 3 * HOUR;
  });

  if (engine === 'postgres') {
    it('two hosts on one PostgreSQL database: 120 concurrent sign-ups split across both still fill exactly 30 seats', async () => {
      const second = await startHost({ engine, jobIntervalMs: 0, databaseUrl: host.databaseUrl });
      second.deps.now = () => new Date(clock);
      try {
        const cityId = (
          await db().selectFrom('org_units').select('id').where('level', '=', 'city').executeTakeFirstOrThrow()
        ).id;
        const event = await openEvent('admin', {
          title: '两台主机的讲座',
          type: 'lecture',
          capacity: 30,
          audienceOrgUnitId: cityId,
        });
        const handles = Array.from({ length: 120 }, (_, i) => `member${i + 301}`);
        await Promise.all(handles.map(token));
        const replies = await Promise.all(
          handles.map(async (h, i) =>
            post<Out<'signUp'>>(
              i % 2 === 0 ? host.baseUrl : second.baseUrl,
              'events',
              { action: 'signUp', data: { eventId: event.id } },
              await token(h),
            ),
          ),
        );
        expect(replies.filter((r) => r.status !== 200)).toEqual([]);
        expect(replies.filter((r) => r.body.ok && r.body.data.status === 'confirmed')).toHaveLength(30);
        const places = replies
          .flatMap((r) => (r.body.ok && r.body.data.place !== undefined ? [r.body.data.place] : []))
          .sort((a, b) => a - b);
        expect(places).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
        // Cancellations on both hosts at once: each seat passes to a different person, in waitlist order.
        const seated = (
          await db()
            .selectFrom('enrolments')
            .innerJoin('people', 'people.id', 'enrolments.person_id')
            .select('people.handle')
            .where('event_id', '=', event.id)
            .where('enrolments.status', '=', 'confirmed')
            .limit(6)
            .execute()
        ).map((r) => r.handle!);
        const firstSix = (
          await db()
            .selectFrom('enrolments')
            .select('person_id')
            .where('event_id', '=', event.id)
            .where('status', '=', 'waitlisted')
            .orderBy('waitlist_no')
            .limit(6)
            .execute()
        ).map((r) => r.person_id);
        const cancels = await Promise.all(
          seated.map(async (h, i) =>
            post<Out<'cancel'>>(
              i % 2 === 0 ? host.baseUrl : second.baseUrl,
              'events',
              { action: 'cancel', data: { eventId: event.id } },
              await token(h),
            ),
          ),
        );
        const promoted = cancels.map((r) => (r.body.ok ? r.body.data.promotedPersonId : null));
        expect([...promoted].sort()).toEqual([...firstSix].sort());
        const row = await db()
          .selectFrom('events')
          .select(['confirmed', 'waitlisted'])
          .where('id', '=', event.id)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ confirmed: 30, waitlisted: 84 });
      } finally {
        await second.stop();
      }
    });
  }
});
