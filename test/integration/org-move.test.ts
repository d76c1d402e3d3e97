// Issue 15, break 9, on SQLite and PostgreSQL: a branch moved under another district takes its things along in
// every domain (events, volunteer posts, notices). Its secretary and members still see and run them, the new
// district's admin takes over, the old district's admin no longer reaches them; every refusal writes nothing.
import { sql } from 'kysely';
import { UNIT_PATH_COPIES } from '../../backend/domains/org/queries/org';
import { pathIds } from '../../backend/common/org-paths';
import { post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';
import { expectNothingWritten } from '../support/table-snapshot';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe.each(availableEngines())('moving a branch on %s', (engine) => {
  let host: TestHost;
  const db = () => host.deps.database.db;
  const iso = (ms: number) => new Date(ms).toISOString();
  const token = tokensByHandle(() => host);
  const call = async <T = unknown>(handle: string, fn: string, action: string, data: unknown): Promise<ApiReply<T>> =>
    post<T>(host.baseUrl, fn, { action, data }, await token(handle));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the replies of three functions, read field by field
  const ok = async (handle: string, fn: string, action: string, data: unknown): Promise<any> => {
    const r = await call(handle, fn, action, data);
    if (!r.body.ok) throw new Error(`${fn}.${action} as ${handle}: ${JSON.stringify(r.body)}`);
    return r.body.data;
  };
  /** Refused (403 or 404: either way not reached), with a sentence, and not one row of any table changed. */
  const notReached = async (handle: string, fn: string, action: string, data: unknown) =>
    expectNothingWritten(db(), async () => {
      const r = await call(handle, fn, action, data);
      expect(r.body.ok ? 'ok' : `${r.status} ${r.body.error.code}`).toMatch(/^(403 FORBIDDEN|404 NOT_FOUND)$/);
      if (!r.body.ok) expect(r.body.error.message).toMatch(/[\u4e00-\u9fff].*[。！？]$/);
    });
  const person = async (handle: string) =>
    db().selectFrom('people').select(['id', 'org_unit_id']).where('handle', '=', handle).executeTakeFirstOrThrow();
  const unit = async (id: number) =>
    db().selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('events, posts and notices follow the branch; the old district admin loses them, the branch keeps them', async () => {
    const now = host.deps.now().getTime();
    const branch = await unit((await person('secretary3')).org_unit_id);
    const [, oldDistrictId] = pathIds(branch.path);
    const newCommunity = await db()
      .selectFrom('org_units')
      .selectAll()
      .where('level', '=', 'community')
      .where('path', 'not like', `%/${oldDistrictId}/%`)
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    const [, newDistrictId] = pathIds(newCommunity.path);
    const member = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('org_unit_id', '=', branch.id)
        .where('handle', 'like', 'member%')
        .orderBy('id')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).handle!;
    // Two district admins, each living in a branch of the other district.
    const grant = async (handle: string, districtId: number) =>
      db()
        .insertInto('role_grants')
        .values({ person_id: (await person(handle)).id, role: 'admin', org_unit_id: districtId, created_at: iso(now) })
        .execute();
    const others = (
      await db()
        .selectFrom('people')
        .select('handle')
        .where('handle', 'like', 'member%')
        .where('org_unit_id', '<>', branch.id)
        .orderBy('id', 'desc')
        .limit(2)
        .execute()
    ).map((p) => p.handle!);
    const [oldAdmin, newAdmin] = others;
    await grant(oldAdmin, oldDistrictId);
    await grant(newAdmin, newDistrictId);

    // The branch's things, made before the move.
    const event = (
      await ok('secretary3', 'events', 'create', {
        title: '支部冬季座谈会',
        type: 'lecture',
        place: '社区活动室',
        startAt: iso(now + 3 * DAY),
        endAt: iso(now + 3 * DAY + 2 * HOUR),
        capacity: 30,
        signupOpensAt: iso(now - HOUR),
        signupClosesAt: iso(now + 2 * DAY),
        audienceOrgUnitId: branch.id,
        mode: 'first_come',
      })
    ).event;
    const lottery = (
      await ok('secretary3', 'events', 'create', {
        title: '支部书法抽签班',
        type: 'course',
        place: '社区活动室',
        startAt: iso(now + 3 * DAY),
        endAt: iso(now + 3 * DAY + 2 * HOUR),
        capacity: 1,
        signupOpensAt: iso(now - HOUR),
        signupClosesAt: iso(now + 2 * DAY),
        audienceOrgUnitId: branch.id,
        mode: 'lottery',
      })
    ).event;
    const postId = (
      await ok(oldAdmin, 'volunteer', 'createPost', {
        name: '支部便民驿站',
        kind: '四就近服务站',
        address: '某路 5 号',
        lat: 24.45,
        lng: 118.08,
        orgUnitId: branch.id,
      })
    ).post.id as number;
    const noticeId = (
      await ok('secretary3', 'notices', 'publish', {
        title: '支部学习通知',
        body: '本周五上午学习。',
        audienceOrgUnitId: branch.id,
        importance: 'normal',
        needsAck: false,
      })
    ).notice.id as number;
    expect((await ok(oldAdmin, 'events', 'list', { managed: true })).events.map((e: { id: number }) => e.id)).toContain(
      event.id,
    );

    const moved = await ok('admin', 'org', 'moveOrgUnit', { orgUnitId: branch.id, newParentId: newCommunity.id });
    expect(moved.movedUnits).toBe(1);
    const after = await unit(branch.id);
    expect(after.path).toBe(`${newCommunity.path}${branch.id}/`);
    // Every copy of a path followed in the same transaction.
    expect(
      (
        await db().selectFrom('events').select('audience_path').where('audience_org_unit_id', '=', branch.id).execute()
      ).map((e) => e.audience_path),
    ).toEqual(expect.arrayContaining([after.path]));
    expect(
      await db()
        .selectFrom('events')
        .select('id')
        .where('audience_org_unit_id', '=', branch.id)
        .where('audience_path', '<>', after.path)
        .execute(),
    ).toEqual([]);

    // Events: the branch's secretary and members keep them; the new district admin runs them; the old one does not.
    expect(
      (await ok('secretary3', 'events', 'update', { eventId: event.id, place: '社区活动室二楼' })).event.place,
    ).toBe('社区活动室二楼');
    expect((await ok('secretary3', 'events', 'roster', { eventId: event.id })).rows).toEqual([]);
    expect(
      (await ok('secretary3', 'events', 'list', { managed: true })).events.map((e: { id: number }) => e.id),
    ).toEqual(expect.arrayContaining([event.id, lottery.id]));
    expect((await ok(member, 'events', 'list', {})).events.map((e: { id: number }) => e.id)).toEqual(
      expect.arrayContaining([event.id, lottery.id]),
    );
    expect((await ok(member, 'events', 'get', { eventId: event.id })).event.manageable).toBe(false);
    expect((await ok(member, 'events', 'signUp', { eventId: event.id })).status).toBe('confirmed');
    expect((await ok(member, 'events', 'signUp', { eventId: lottery.id })).status).toBe('applied');
    expect((await ok(newAdmin, 'events', 'roster', { eventId: event.id })).rows).toHaveLength(1);
    expect((await ok(newAdmin, 'events', 'get', { eventId: lottery.id })).event.manageable).toBe(true);
    await notReached(oldAdmin, 'events', 'update', { eventId: event.id, place: '别处' });
    await notReached(oldAdmin, 'events', 'roster', { eventId: event.id });
    await notReached(oldAdmin, 'events', 'exportRoster', { eventId: event.id });
    await notReached(oldAdmin, 'events', 'cancelEvent', { eventId: lottery.id, reason: '场地另有安排' });
    await notReached(oldAdmin, 'events', 'get', { eventId: event.id });
    expect(
      (await ok(oldAdmin, 'events', 'list', { managed: true })).events.map((e: { id: number }) => e.id),
    ).not.toContain(event.id);

    // Volunteer posts hang on the unit id: the new district admin manages the post, the old one no longer.
    expect((await ok(newAdmin, 'volunteer', 'managedPosts', {})).posts.map((p: { id: number }) => p.id)).toContain(
      postId,
    );
    expect((await ok(oldAdmin, 'volunteer', 'managedPosts', {})).posts.map((p: { id: number }) => p.id)).not.toContain(
      postId,
    );
    await notReached(oldAdmin, 'volunteer', 'rotatingCode', { postId });
    await ok(member, 'volunteer', 'post', { id: postId });

    // Notices: the members still read it, the secretary still runs it, the old district admin no longer.
    expect((await ok(member, 'notices', 'list', {})).items.map((n: { id: number }) => n.id)).toContain(noticeId);
    expect((await ok('secretary3', 'notices', 'managed', {})).items.map((n: { id: number }) => n.id)).toContain(
      noticeId,
    );
    await ok('secretary3', 'notices', 'receipts', { noticeId });
    await ok(newAdmin, 'notices', 'receipts', { noticeId });
    expect((await ok(oldAdmin, 'notices', 'managed', {})).items.map((n: { id: number }) => n.id)).not.toContain(
      noticeId,
    );
    await notReached(oldAdmin, 'notices', 'receipts', { noticeId });
    await notReached(oldAdmin, 'notices', 'withdraw', { noticeId });
  });

  it('every column that holds a copy of a unit path is one a move rewrites', async () => {
    const listed = new Set(UNIT_PATH_COPIES.map((c) => `${c.table}.${c.column}`));
    const unlisted: string[] = [];
    for (const table of await db().introspection.getTables()) {
      for (const column of table.columns.filter((c) => /path/.test(c.name))) {
        const key = `${table.name}.${column.name}`;
        if (key === 'org_units.path' || listed.has(key)) continue;
        const { rows } = await sql<{
          v: string;
        }>`select ${sql.ref(column.name)} as v from ${sql.table(table.name)} where ${sql.ref(column.name)} like '/%/'`.execute(
          db(),
        );
        if (rows.some((r) => /^(\/\d+)+\/$/.test(r.v))) unlisted.push(key);
      }
    }
    expect(unlisted).toEqual([]);
  });
});
