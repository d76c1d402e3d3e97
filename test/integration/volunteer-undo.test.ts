// 撤销签退 over real HTTP on SQLite and PostgreSQL, hostile first: a 签退 pressed by mistake can be taken back by the
// same volunteer within UNDO_CHECK_OUT_MINUTES, and the hours it credited leave the ledger in the same transaction.
// Someone else's record, a second undo, an undo after the window, and an undo while she is checked in elsewhere are
// refused with nothing written; undo then 签退 again counts the hours once.
import type { Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';
import { VOLUNTEER_TABLES } from '../../backend/domains/volunteer/schema';
import { UNDO_CHECK_OUT_MINUTES } from '../../backend/domains/volunteer/rules/hours';
import type { VolunteerApi } from '../../contracts/volunteer';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';

type Out<A extends keyof VolunteerApi> = VolunteerApi[A]['output'];
const CHINESE_SENTENCE = /\p{Script=Han}.*[。！？]$/u;
const MINUTE = 60_000;
const THURSDAY_9 = Date.parse('2027-01-14T09:00:00+08:00');

describe.each(availableEngines())('undo a check-out on %s', (engine) => {
  let host: TestHost;
  let clock = THURSDAY_9;
  const db = (): Kysely<Schema> => host.deps.database.db;
  const tokenOf = tokensByHandle(() => host);
  const call = async <A extends keyof VolunteerApi>(
    handle: string,
    action: A,
    data: unknown,
    requestId?: string,
  ): Promise<ApiReply<Out<A>>> =>
    post<Out<A>>(
      host.baseUrl,
      'volunteer',
      { action, data, ...(requestId ? { requestId } : {}) },
      await tokenOf(handle),
    );
  const ok = async <A extends keyof VolunteerApi>(
    handle: string,
    action: A,
    data: unknown,
    requestId?: string,
  ): Promise<Out<A>> => {
    const reply = await call(handle, action, data, requestId);
    if (!reply.body.ok) throw new Error(`${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  const refusedWith = (reply: ApiReply<unknown>, status: number, code: string, words?: RegExp) => {
    const error = reply.body.ok ? null : reply.body.error;
    expect({ status: reply.status, code: error?.code }).toEqual({ status, code });
    expect(error?.message).toMatch(CHINESE_SENTENCE);
    if (words) expect(error?.message).toMatch(words);
  };
  const snapshot = async () => {
    const counts: Record<string, number> = {};
    for (const t of [...VOLUNTEER_TABLES, 'ledger_transfers', 'ledger_movements', 'audit_log', 'jobs'] as const)
      counts[t] = Number(
        (
          await db()
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const records = await db()
      .selectFrom('vol_records')
      .select(['id', 'status', 'check_out_at'])
      .orderBy('id')
      .execute();
    return { counts, records };
  };
  const personId = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  const ledgerMinutes = async (recordId: number) =>
    Number(
      (
        await db()
          .selectFrom('ledger_movements')
          .select((eb) => eb.fn.sum<number>('minutes').as('m'))
          .where('record_id', '=', recordId)
          .where('account_kind', '=', 'member')
          .executeTakeFirst()
      )?.m ?? 0,
    );
  const ledgerBalance = async () =>
    Number(
      (
        await db()
          .selectFrom('ledger_movements')
          .select((eb) => eb.fn.sum<number>('minutes').as('m'))
          .executeTakeFirst()
      )?.m ?? 0,
    );

  let postId: number;
  const manager = 'postmanager1';
  /** The code on the manager's phone now (it rotates). */
  const scene = async () => (await ok(manager, 'rotatingCode', { postId })).scene;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    host.deps.now = () => new Date(clock);
    const root = await db()
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    postId = (
      await ok('admin', 'createPost', {
        name: '撤销测试驿站',
        kind: '志愿服务驿站',
        address: '某路 9 号',
        lat: 24.5,
        lng: 118.1,
        orgUnitId: root.id,
        checkInMode: 'rotating',
        walkIns: true,
        managerIds: [await personId(manager)],
      })
    ).post.id;
  });
  afterAll(async () => {
    await host?.stop();
  }, 120_000);

  let recordId: number;
  let hoursBefore: number;

  it('says the stay in words on 签退 (2小时45分, 12-hour clock), and names how long she may undo it', async () => {
    hoursBefore = (await ok('volunteer8', 'myHours', {})).total;
    const checkedIn = await ok('volunteer8', 'checkIn', { scene: await scene() });
    recordId = checkedIn.record.id;
    clock += 165 * MINUTE; // 11:45
    const out = await ok('volunteer8', 'checkOut', { scene: await scene() });
    expect(out.record).toMatchObject({ id: recordId, hours: 2.75, counted: true });
    expect(out.record.undoUntil).toBe(new Date(clock + UNDO_CHECK_OUT_MINUTES * MINUTE).toISOString());
    expect(out.message).toContain('2小时45分');
    expect(out.message).not.toMatch(/\d+\.\d+ ?小时|\d\d:\d\d/);
    expect(out.message).toMatch(/^签退成功，上午11点45分。/);
    expect(out.message).toContain(`${UNDO_CHECK_OUT_MINUTES}分钟内`);
    expect((await ok('volunteer8', 'myHours', {})).total - hoursBefore).toBeCloseTo(2.75, 5);
  });

  it('refuses someone else’s record with nothing written', async () => {
    const before = await snapshot();
    refusedWith(await call('volunteer9', 'undoCheckOut', { recordId }), 404, 'NOT_FOUND');
    await expect(snapshot()).resolves.toEqual(before);
  });

  it('reopens the record and takes its hours out of the ledger in one step, with an audit row', async () => {
    clock += 3 * MINUTE; // 11:48
    const balance = await ledgerBalance();
    const undone = await ok('volunteer8', 'undoCheckOut', { recordId }, 'undo-request-0001');
    expect(undone.record).toMatchObject({ id: recordId, postName: '撤销测试驿站' });
    expect(undone.message).toMatch(CHINESE_SENTENCE);
    expect(undone.message).toMatch(/已经撤销.*正在服务/);
    const row = await db().selectFrom('vol_records').selectAll().where('id', '=', recordId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'open',
      check_out_at: null,
      open_person_id: await personId('volunteer8'),
      counted: 0,
    });
    expect(await ledgerMinutes(recordId)).toBe(0);
    expect(await ledgerBalance()).toBe(balance); // every transfer still sums to zero
    expect((await ok('volunteer8', 'myHours', {})).total).toBeCloseTo(hoursBefore, 5);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', 'like', '%undoCheckOut%')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ entity_id: String(recordId) })]);
    // The forgotten-签退 job is back, so a record reopened and then forgotten still closes.
    const job = await db()
      .selectFrom('jobs')
      .select('status')
      .where('dedupe_key', '=', `volunteer.auto-check-out:${recordId}`)
      .executeTakeFirst();
    expect(job?.status).toBe('queued');
  });

  it('answers a resend with the first answer, and refuses a second undo with nothing written', async () => {
    const before = await snapshot();
    const again = await ok('volunteer8', 'undoCheckOut', { recordId }, 'undo-request-0001');
    expect(again.record.id).toBe(recordId);
    refusedWith(await call('volunteer8', 'undoCheckOut', { recordId }), 409, 'CONFLICT', /正在服务/);
    await expect(snapshot()).resolves.toEqual(before);
  });

  it('counts the hours once when she checks out again after the undo', async () => {
    clock = THURSDAY_9 + 180 * MINUTE; // 12:00
    const out = await ok('volunteer8', 'checkOut', { scene: await scene() });
    expect(out.record).toMatchObject({ id: recordId, hours: 3, counted: true });
    expect(out.message).toContain('3小时');
    expect(await ledgerMinutes(recordId)).toBe(180);
    expect((await ok('volunteer8', 'myHours', {})).total - hoursBefore).toBeCloseTo(3, 5);
    const mine = await ok('volunteer8', 'myRecords', {});
    expect(mine.records.filter((r) => r.id === recordId)).toEqual([
      expect.objectContaining({ hours: 3, status: 'pending' }),
    ]);
  });

  it('refuses an undo after the window, naming 申请更正, with nothing written', async () => {
    clock += (UNDO_CHECK_OUT_MINUTES + 1) * MINUTE;
    const before = await snapshot();
    refusedWith(await call('volunteer8', 'undoCheckOut', { recordId }), 409, 'CONFLICT', /申请更正/);
    await expect(snapshot()).resolves.toEqual(before);
  });

  it('refuses an undo while she is already checked in again, with nothing written', async () => {
    clock += 10 * MINUTE;
    const first = await ok('volunteer10', 'checkIn', { scene: await scene() });
    clock += 30 * MINUTE;
    await ok('volunteer10', 'checkOut', { scene: await scene() });
    clock += MINUTE;
    await ok('volunteer10', 'checkIn', { scene: await scene() });
    const before = await snapshot();
    refusedWith(await call('volunteer10', 'undoCheckOut', { recordId: first.record.id }), 409, 'CONFLICT', /签到/);
    await expect(snapshot()).resolves.toEqual(before);
  });

  it('says how long a stay below the minimum lasted and what the minimum is', async () => {
    clock += 60 * MINUTE;
    await ok('volunteer11', 'checkIn', { scene: await scene() });
    clock += 5 * MINUTE;
    const out = await ok('volunteer11', 'checkOut', { scene: await scene() });
    expect(out.record.counted).toBe(false);
    expect(out.message).toMatch(/您服务了5分钟，不满8分钟，这次不计时长/);
  });
});
