// 志愿服务 shifts and what time brings, over real HTTP on SQLite and PostgreSQL: signing up while there is room and
// never past capacity, giving a place back (its reminder goes too), the evening-before reminder in the inbox, a
// request for correction answered without a change, and bad input refused with nothing written.
import type { Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';
import { VOLUNTEER_TABLES } from '../../backend/domains/volunteer/schema';
import { createJobRunner } from '../../backend/jobs/runner';
import { VOLUNTEER_JOBS } from '../../backend/domains/volunteer/jobs/handlers';
import type { VolunteerApi } from '../../contracts/volunteer';
import { login, post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

type Out<A extends keyof VolunteerApi> = VolunteerApi[A]['output'];
const CHINESE_SENTENCE = /\p{Script=Han}.*[。！？]$/u;
// Monday 2027-01-04, China time; the shift is on Wednesday 2027-01-06, 09:00–11:00.
const MONDAY_NOON = Date.parse('2027-01-04T12:00:00+08:00');
const OCCURS_ON = '2027-01-06';

describe.each(availableEngines())('volunteer shifts on %s', (engine) => {
  let host: TestHost;
  let clock = MONDAY_NOON;
  const db = (): Kysely<Schema> => host.deps.database.db;
  const tokens = new Map<string, string>();
  const call = async <A extends keyof VolunteerApi>(
    handle: string,
    action: A,
    data: unknown,
  ): Promise<ApiReply<Out<A>>> => {
    if (!tokens.has(handle)) tokens.set(handle, await login(host.baseUrl, handle));
    return post<Out<A>>(host.baseUrl, 'volunteer', { action, data }, tokens.get(handle));
  };
  const ok = async <A extends keyof VolunteerApi>(handle: string, action: A, data: unknown): Promise<Out<A>> => {
    const reply = await call(handle, action, data);
    if (!reply.body.ok) throw new Error(`${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  const refusedWith = (reply: ApiReply<unknown>, status: number, code: string, words?: RegExp) => {
    const error = reply.body.ok ? null : reply.body.error;
    expect({ status: reply.status, code: error?.code }).toEqual({ status, code });
    expect(error?.message).toMatch(CHINESE_SENTENCE);
    if (words) expect(error?.message).toMatch(words);
  };
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const t of [...VOLUNTEER_TABLES, 'audit_log', 'jobs', 'messages'] as const)
      out[t] = Number(
        (
          await db()
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return out;
  };
  const personId = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  let shiftId: number;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    host.deps.now = () => new Date(clock);
    const root = await db()
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const postId = (
      await ok('admin', 'createPost', {
        name: '小班驿站',
        kind: '四就近服务站',
        address: '某路 3 号',
        lat: 24.45,
        lng: 118.08,
        orgUnitId: root.id,
        managerIds: [await personId('postmanager2')],
      })
    ).post.id;
    shiftId = (
      await ok('postmanager2', 'createShift', {
        postId,
        weekday: 3,
        starts: '09:00',
        ends: '11:00',
        capacity: 2,
        service: '理发',
      })
    ).shift.id;
  });
  afterAll(async () => {
    await host?.stop();
  }, 120_000);

  it('signs up while there is room, never past capacity, and once per person', async () => {
    const first = await ok('volunteer20', 'joinShift', { shiftId, occursOn: OCCURS_ON });
    expect(first.message).toMatch(/^报名成功：2027年1月6日 星期三 上午9点，小班驿站，理发。/);
    expect(first.occurrence).toMatchObject({ taken: 1, capacity: 2, mine: true });
    refusedWith(
      await call('volunteer20', 'joinShift', { shiftId, occursOn: OCCURS_ON }),
      409,
      'CONFLICT',
      /已经报过名/,
    );
    const replies = await Promise.all(
      ['volunteer21', 'volunteer22', 'volunteer23'].map((v) => call(v, 'joinShift', { shiftId, occursOn: OCCURS_ON })),
    );
    expect(replies.filter((r) => r.body.ok)).toHaveLength(1);
    for (const r of replies.filter((x) => !x.body.ok)) refusedWith(r, 409, 'SHIFT_FULL', /名额已经满了/);
    expect(
      Number(
        (
          await db()
            .selectFrom('vol_signups')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('shift_id', '=', shiftId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(2);
  });

  it('refuses a day the shift is not on, a past shift and a non-volunteer, writing nothing', async () => {
    const before = await counts();
    refusedWith(
      await call('volunteer24', 'joinShift', { shiftId, occursOn: '2027-01-07' }),
      400,
      'VALIDATION',
      /没有这个班次/,
    );
    refusedWith(await call('volunteer24', 'joinShift', { shiftId, occursOn: '2027-02-30' }), 400, 'VALIDATION', /日期/);
    refusedWith(await call('volunteer24', 'joinShift', { shiftId, occursOn: '2026-12-30' }), 409, 'SIGNUP_CLOSED');
    refusedWith(await call('member3', 'joinShift', { shiftId, occursOn: OCCURS_ON }), 403, 'FORBIDDEN');
    refusedWith(
      await call('volunteer24', 'joinShift', { shiftId: 'drop table', occursOn: OCCURS_ON }),
      400,
      'VALIDATION',
    );
    refusedWith(
      await call('postmanager1', 'createShift', {
        postId: 1,
        weekday: 9,
        starts: '09:00',
        ends: '11:00',
        capacity: 2,
        service: '理发',
      }),
      400,
      'VALIDATION',
      /星期/,
    );
    refusedWith(
      await call('postmanager2', 'createShift', {
        postId: 1,
        weekday: 3,
        starts: '09:00',
        ends: '11:00',
        capacity: 2,
        service: '理发',
      }),
      403,
      'FORBIDDEN',
      /负责人/,
    );
    expect(await counts()).toEqual(before);
  });

  it('reminds the evening before in the inbox, and a place given back takes its reminder with it', async () => {
    const left = await ok('volunteer20', 'leaveShift', { shiftId, occursOn: OCCURS_ON });
    expect(left).toMatchObject({ left: true });
    const v20 = await personId('volunteer20');
    const signups = await db()
      .selectFrom('vol_signups')
      .select(['id', 'person_id'])
      .where('shift_id', '=', shiftId)
      .execute();
    expect(signups.map((s) => s.person_id)).not.toContain(v20);
    const jobs = await db()
      .selectFrom('jobs')
      .select(['dedupe_key', 'run_at'])
      .where('kind', '=', 'volunteer.shift-reminder')
      .execute();
    expect(jobs.map((j) => j.dedupe_key).sort()).toEqual(signups.map((s) => `volunteer.shift-reminder:${s.id}`).sort());
    expect(jobs[0].run_at).toBe(new Date('2027-01-05T19:00:00+08:00').toISOString());

    clock = Date.parse('2027-01-05T19:00:30+08:00');
    const runner = createJobRunner({ deps: host.deps, handlers: VOLUNTEER_JOBS, name: 'test' });
    await runner.runDue();
    await runner.runDue();
    const reminded = await db()
      .selectFrom('messages')
      .select(['person_id', 'kind', 'text'])
      .where('kind', '=', 'volunteer_shift_reminder')
      .execute();
    expect(reminded).toEqual([
      {
        person_id: signups[0].person_id,
        kind: 'volunteer_shift_reminder',
        text: '提醒：2027年1月6日 星期三 上午9点您在小班驿站有志愿服务。',
      },
    ]);
  });

  it('answers a request for correction without a change, and tells the volunteer', async () => {
    const v1 = 'volunteer1';
    const record = (await ok(v1, 'myRecords', {})).records.find((r) => r.status !== 'open')!;
    const asked = await ok(v1, 'requestCorrection', { recordId: record.id, reason: '我忘了签退' });
    refusedWith(
      await call(v1, 'requestCorrection', { recordId: record.id, reason: '再说一次' }),
      409,
      'CONFLICT',
      /已经交了/,
    );
    refusedWith(await call(v1, 'requestCorrection', { recordId: record.id, reason: '' }), 400, 'VALIDATION', /原因/);
    refusedWith(
      await call(v1, 'requestCorrection', { recordId: record.id, reason: '多记', hours: -2 }),
      400,
      'VALIDATION',
      /负数/,
    );
    const manager = (
      await db()
        .selectFrom('vol_post_managers')
        .innerJoin('people', 'people.id', 'vol_post_managers.person_id')
        .select('people.handle')
        .where('post_id', '=', record.postId)
        .executeTakeFirstOrThrow()
    ).handle!;
    const answered = await ok(manager, 'answerCorrection', {
      correctionRequestId: asked.requestId,
      answer: '值班表显示您按时签退了。',
    });
    expect(answered.message).toMatch(/已答复/);
    refusedWith(
      await call(manager, 'answerCorrection', { correctionRequestId: asked.requestId, answer: '再答一次' }),
      409,
      'CONFLICT',
    );
    const told = await db()
      .selectFrom('messages')
      .select(['kind', 'text'])
      .where('person_id', '=', await personId(v1))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(told.kind).toBe('volunteer_correction_answered');
    expect((await ok(v1, 'myRecords', {})).records.find((r) => r.id === record.id)).toMatchObject({
      hours: record.hours,
      correctionRequested: false,
    });
  });
});
