// 通知公告 over real HTTP on SQLite and PostgreSQL, against the demo city: publishing to a branch and a district
// (one row, the audience found through the org tree), reading, 我已收到, receipts with masked or full numbers, 提醒
// once a day, edits that keep the earlier version, withdrawal, schedule and expiry, 朗读, and every bad input
// refused with a Chinese sentence and nothing written.
import { existsSync } from 'node:fs';
import { createJobRunner } from '../../backend/jobs/runner';
import type { NoticesApi } from '../../contracts/notices';
import { login, post, type ApiReply } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

type Out<A extends keyof NoticesApi> = NoticesApi[A]['output'];
const HOUR = 3_600_000;
const HAS_ESPEAK = ['/usr/bin/espeak-ng', '/usr/local/bin/espeak-ng'].some((p) => existsSync(p));

describe.each(availableEngines())('notices on %s', (engine) => {
  let host: TestHost;
  const tokens = new Map<string, string>();
  const db = () => host.deps.database.db;
  const as = async (handle: string) => {
    if (!tokens.has(handle)) tokens.set(handle, await login(host.baseUrl, handle));
    return tokens.get(handle) as string;
  };
  const call = async <A extends keyof NoticesApi>(
    handle: string,
    action: A,
    data?: unknown,
    requestId?: string,
  ): Promise<ApiReply<Out<A>>> =>
    post<Out<A>>(host.baseUrl, 'notices', { action, data, ...(requestId ? { requestId } : {}) }, await as(handle));
  const ok = async <A extends keyof NoticesApi>(
    handle: string,
    action: A,
    data?: unknown,
    requestId?: string,
  ): Promise<Out<A>> => {
    const reply = await call(handle, action, data, requestId);
    if (!reply.body.ok) throw new Error(`${handle} ${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  const refused = async (handle: string, action: keyof NoticesApi, data: unknown, code: string, status: number) => {
    const reply = await call(handle, action, data);
    expect(reply.status).toBe(status);
    if (reply.body.ok) throw new Error(`${action} was accepted: ${JSON.stringify(reply.body.data)}`);
    expect(reply.body.error.code).toBe(code);
    expect(reply.body.error.message).toMatch(/[\u4e00-\u9fff].*[。！？]$/);
    return reply.body.error.message;
  };
  /** Row counts of every table a notices action may write. */
  const snapshot = async () => {
    const count = async (
      table: 'notices' | 'notice_versions' | 'notice_receipts' | 'notice_reminders' | 'messages' | 'audit_log',
    ) =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const receipts = await db()
      .selectFrom('notice_receipts')
      .selectAll()
      .orderBy('notice_id')
      .orderBy('person_id')
      .execute();
    const notices = await db().selectFrom('notices').selectAll().orderBy('id').execute();
    return {
      notices: await count('notices'),
      versions: await count('notice_versions'),
      receipts,
      rows: notices,
      reminders: await count('notice_reminders'),
      messages: await count('messages'),
      audit: await count('audit_log'),
    };
  };
  const unitId = async (name: string) =>
    (await db().selectFrom('org_units').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const peopleIn = async (unitName: string) =>
    db()
      .selectFrom('people')
      .innerJoin('org_units as u', 'u.id', 'people.org_unit_id')
      .select(['people.id', 'people.phone', 'people.handle'])
      .where('u.name', '=', unitName)
      .orderBy('people.id')
      .execute();
  const BRANCH1 = '莲花社区离退休干部党支部';
  const publishToBranch1 = (extra: Record<string, unknown> = {}) =>
    unitId(BRANCH1).then((audienceOrgUnitId) => ({
      title: '本周四下午组织生活会',
      body: '请各位党员本周四下午三点到社区活动室参加组织生活会。\n请带上党员证。',
      audienceOrgUnitId,
      importance: 'important',
      needsAck: true,
      ...extra,
    }));

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
  });
  afterAll(async () => {
    await host?.stop();
  });

  describe('the story: a branch notice with 需回执', () => {
    let noticeId: number;

    it('secretary1 publishes to branch 1 in one row, and is told in a sentence who receives it', async () => {
      const before = await snapshot();
      const branch = await peopleIn(BRANCH1);
      const out = await ok('secretary1', 'publish', await publishToBranch1());
      noticeId = out.notice.id;
      expect(out.audience).toMatchObject({ name: BRANCH1, members: branch.length });
      expect(out.message).toBe(`通知已发出，已发给 ${BRANCH1} 的 ${branch.length} 位党员。`);
      const after = await snapshot();
      expect(after.notices).toBe(before.notices + 1);
      expect(after.versions).toBe(before.versions + 1);
      // Nothing per recipient: no receipts, no messages.
      expect(after.receipts).toEqual(before.receipts);
      expect(after.messages).toBe(before.messages);
    });

    it('a member of branch 1 sees it unread, then read, then acknowledged; doing it again changes nothing', async () => {
      const count0 = (await ok('member13', 'unreadCount')).count;
      const listed = (await ok('member13', 'list')).items.find((n) => n.id === noticeId);
      expect(listed).toMatchObject({
        id: noticeId,
        title: '本周四下午组织生活会',
        read: false,
        acknowledged: false,
        importance: 'important',
        needsAck: true,
      });
      expect(count0).toBeGreaterThanOrEqual(1);

      const detail = (await ok('member13', 'get', { noticeId })).notice;
      expect(detail.body).toContain('请带上党员证。');
      expect(detail.canManage).toBe(false);
      expect(detail.forYou).toBe(true);
      // Issue 15, break 8: a neighbouring branch's secretary no longer reads another branch's notice or its receipts.
      await refused('secretary2', 'get', { noticeId }, 'NOT_FOUND', 404);

      await ok('member13', 'markRead', { noticeId });
      expect((await ok('member13', 'list')).items.find((n) => n.id === noticeId)).toMatchObject({
        read: true,
        acknowledged: false,
      });
      expect((await ok('member13', 'unreadCount')).count).toBe(count0 - 1);
      const once = await snapshot();
      await ok('member13', 'markRead', { noticeId: String(noticeId) });
      expect(await snapshot()).toEqual(once);

      const ack = await ok('member13', 'acknowledge', { noticeId });
      expect(ack.message).toMatch(/已收到/);
      expect((await ok('member13', 'list')).items.find((n) => n.id === noticeId)).toMatchObject({
        read: true,
        acknowledged: true,
      });
      const acked = await snapshot();
      expect(await ok('member13', 'acknowledge', { noticeId })).toEqual(ack);
      expect(await snapshot()).toEqual(acked);
    });

    it('a member of another branch gets NOT_FOUND, in the same words as a notice that does not exist', async () => {
      const before = await snapshot();
      const hidden = await refused('member2', 'get', { noticeId }, 'NOT_FOUND', 404);
      const missing = await refused('member2', 'get', { noticeId: 999_999 }, 'NOT_FOUND', 404);
      expect(hidden).toBe(missing);
      await refused('member2', 'markRead', { noticeId }, 'NOT_FOUND', 404);
      await refused('member2', 'acknowledge', { noticeId }, 'NOT_FOUND', 404);
      await refused('member2', 'speech', { noticeId }, 'NOT_FOUND', 404);
      expect((await ok('member2', 'list')).items.map((n) => n.id)).not.toContain(noticeId);
      expect(await snapshot()).toEqual(before);
    });

    it('receipts list exactly those who have not acknowledged; numbers in full for secretary1 (audited), masked for secretary2', async () => {
      await ok('member1', 'markRead', { noticeId });
      const branch = await peopleIn(BRANCH1);
      const branch1Id = await unitId(BRANCH1);
      const acknowledgedIds = (
        await db()
          .selectFrom('notice_receipts')
          .select('person_id')
          .where('notice_id', '=', noticeId)
          .where('acknowledged_at', 'is not', null)
          .execute()
      ).map((r) => r.person_id);
      // The call list names only those secretary1 may act on: not the city admin nor the street's post manager,
      // whose homes are in branch 1 but whose roles reach beyond it (backend/access/person-access.ts).
      const beyond = (
        await db()
          .selectFrom('role_grants')
          .select('person_id')
          .where((eb) => eb.or([eb('role', 'in', ['admin', 'post_manager']), eb('org_unit_id', '!=', branch1Id)]))
          .execute()
      ).map((r) => r.person_id);
      // The call list (issue 20): never secretary1 herself; those who have not opened it first, then those who read
      // it without 收到 (member1), then those who pressed it; only those still to answer show a number.
      const self = branch.find((b) => b.handle === 'secretary1')!.id;
      const readIds = (
        await db().selectFrom('notice_receipts').select('person_id').where('notice_id', '=', noticeId).execute()
      ).map((r) => r.person_id);
      const listed = branch.filter((p) => !beyond.includes(p.id) && p.id !== self);
      const expected = [
        ...listed.filter((p) => !readIds.includes(p.id)),
        ...listed.filter((p) => readIds.includes(p.id) && !acknowledgedIds.includes(p.id)),
      ].map((p) => p.id);

      const auditBefore = await db().selectFrom('audit_log').select('id').where('entity', '=', 'phone_view').execute();
      // The call list comes a page at a time (branch 1 is large in the demo); each page showing numbers is audited.
      const allPages = async (handle: string) => {
        const pages = [await ok(handle, 'receipts', { noticeId })];
        while (pages[pages.length - 1].hasMore)
          pages.push(await ok(handle, 'receipts', { noticeId, page: pages.length }));
        return { ...pages[0], people: pages.flatMap((p) => p.people), pages: pages.length };
      };
      const own = await allPages('secretary1');
      // secretary1 has not answered her own notice: she is neither in the count still to answer nor on the list.
      expect(own).toMatchObject({ total: branch.length, read: 2, acknowledged: 1, pendingTotal: branch.length - 2 });
      const stillToAnswer = own.people.filter((p) => p.state !== 'acknowledged');
      expect(stillToAnswer.map((p) => p.personId)).toEqual(expected);
      expect(own.people.slice(stillToAnswer.length).map((p) => p.state)).toEqual(
        own.people.slice(stillToAnswer.length).map(() => 'acknowledged'),
      );
      // The sentence above the list says how many it names and how many are left to those above.
      expect(own.pendingNamed).toBe(expected.length);
      expect(own.pendingNamed).toBeLessThan(own.pendingTotal);
      const phoneOf = new Map(branch.map((p) => [p.id, p.phone]));
      for (const p of stillToAnswer) {
        expect(p.phoneFull).toBe(true);
        expect(p.phone).toBe(phoneOf.get(p.personId));
      }
      expect(own.people.find((p) => p.personId === branch.find((b) => b.handle === 'member1')!.id)).toMatchObject({
        state: 'read',
      });
      const audited = await db().selectFrom('audit_log').selectAll().where('entity', '=', 'phone_view').execute();
      expect(audited).toHaveLength(auditBefore.length + own.pages);
      expect(audited.slice(-own.pages).flatMap((a) => JSON.parse(a.after_json!).personIds)).toEqual(expected);
      // Sent with a request id, it answers the same, and no phone number is kept as a replayable answer.
      const firstPage = await ok('secretary1', 'receipts', { noticeId });
      expect((await call('secretary1', 'receipts', { noticeId }, 'receipts-resend-01')).body).toMatchObject({
        ok: true,
        data: { people: firstPage.people },
      });
      const kept = await db().selectFrom('idempotency_keys').select('result_json').execute();
      expect(kept.some((k) => k.result_json.includes(own.people[0].phone!))).toBe(false);

      // Issue 15, break 8: the secretary of a neighbouring branch in the same district sees nothing of it.
      expect(own.canRemind).toBe(true);
      await refused('secretary2', 'receipts', { noticeId }, 'NOT_FOUND', 404);
      // secretary1's views (every page, then the first page twice more) were audited; secretary2's refusal wrote nothing.
      expect(await db().selectFrom('audit_log').select('id').where('entity', '=', 'phone_view').execute()).toHaveLength(
        auditBefore.length + own.pages + 2,
      );

      // The city admin sees them in full; a secretary of another district, and a plain member, see nothing.
      expect(
        (await ok('admin', 'receipts', { noticeId })).people.filter((p) => p.phone !== null).every((p) => p.phoneFull),
      ).toBe(true);
      await refused('secretary5', 'receipts', { noticeId }, 'NOT_FOUND', 404);
      await refused('member13', 'receipts', { noticeId }, 'FORBIDDEN', 403);
    });

    it('提醒 nudges those who have not pressed 收到, through the inbox, once a day; the second is refused with nothing written', async () => {
      const branch = await peopleIn(BRANCH1);
      const confirmed = (
        await db()
          .selectFrom('notice_receipts')
          .select('person_id')
          .where('notice_id', '=', noticeId)
          .where('acknowledged_at', 'is not', null)
          .execute()
      ).map((r) => r.person_id);
      // Not opened, or opened without 收到 (member1); never the secretary who reminds.
      const unread = branch.filter((p) => !confirmed.includes(p.id) && p.handle !== 'secretary1').map((p) => p.id);
      const out = await ok('secretary1', 'remind', { noticeId });
      expect(out.reminded).toBe(unread.length);
      expect(out.message).toBe(`已提醒 ${unread.length} 位还没按“收到”的党员。`);
      const messages = await db()
        .selectFrom('messages')
        .select(['person_id', 'text', 'link_params_json'])
        .where('kind', '=', 'notice_reminder')
        .execute();
      expect(messages.map((m) => m.person_id).sort((a, b) => a - b)).toEqual(unread);
      expect(messages[0]).toMatchObject({
        text: '请您看一下这条通知：「本周四下午组织生活会」。',
        link_params_json: JSON.stringify({ id: String(noticeId) }),
      });
      expect((await ok('secretary1', 'receipts', { noticeId })).remindedToday).toBe(true);

      const before = await snapshot();
      expect(await refused('secretary1', 'remind', { noticeId }, 'ALREADY_REMINDED', 409)).toBe(
        '今天已经提醒过大家了，明天再提醒吧。',
      );
      expect(await refused('admin', 'remind', { noticeId }, 'ALREADY_REMINDED', 409)).toMatch(/明天/);
      await refused('secretary2', 'remind', { noticeId }, 'NOT_FOUND', 404);
      expect(await snapshot()).toEqual(before);
    });

    it('an edit keeps the earlier version; readers see 已更新, and that it changed since they read it', async () => {
      const input = { ...(await publishToBranch1()), title: '本周四下午组织生活会（改到四楼）' } as Record<
        string,
        unknown
      >;
      delete input.audienceOrgUnitId;
      const out = await ok('secretary1', 'update', { ...input, noticeId });
      expect(out.notice.version).toBe(2);
      const versions = await db()
        .selectFrom('notice_versions')
        .select(['version', 'title'])
        .where('notice_id', '=', noticeId)
        .orderBy('version')
        .execute();
      expect(versions).toEqual([
        { version: 1, title: '本周四下午组织生活会' },
        { version: 2, title: '本周四下午组织生活会（改到四楼）' },
      ]);
      const seen = (await ok('member13', 'list')).items.find((n) => n.id === noticeId);
      expect(seen).toMatchObject({
        title: '本周四下午组织生活会（改到四楼）',
        updated: true,
        updatedSinceRead: true,
        read: true,
        acknowledged: true,
      });
      await ok('member13', 'markRead', { noticeId });
      expect((await ok('member13', 'list')).items.find((n) => n.id === noticeId)).toMatchObject({
        updated: true,
        updatedSinceRead: false,
      });
    });
  });

  it('a district notice is one row that reaches every member of the district at once, and nobody outside it', async () => {
    const district = await unitId('东湖区');
    const before = await snapshot();
    const out = await ok('admin', 'publish', {
      title: '东湖区老党员冬季健康讲座',
      body: '十二月五日上午九点，区老干部活动中心。',
      audienceOrgUnitId: district,
      importance: 'normal',
      needsAck: false,
    });
    const reach = Number(
      (
        await db()
          .selectFrom('people')
          .innerJoin('org_units as u', 'u.id', 'people.org_unit_id')
          .select((eb) => eb.fn.countAll().as('n'))
          .where(
            'u.path',
            'like',
            `${(await db().selectFrom('org_units').select('path').where('id', '=', district).executeTakeFirstOrThrow()).path}%`,
          )
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(out.audience.members).toBe(reach);
    const after = await snapshot();
    expect(after.notices - before.notices).toBe(1);
    expect(after.receipts).toEqual(before.receipts);
    for (const handle of ['member1', 'member2', 'member4', 'secretary3'])
      expect((await ok(handle, 'list')).items.map((n) => n.id)).toContain(out.notice.id);
    for (const handle of ['member5', 'member12']) {
      expect((await ok(handle, 'list')).items.map((n) => n.id)).not.toContain(out.notice.id);
      await refused(handle, 'get', { noticeId: out.notice.id }, 'NOT_FOUND', 404);
    }
    // A notice that wants no receipt: 我已收到 is refused, nothing written.
    await ok('member1', 'markRead', { noticeId: out.notice.id });
    const snap = await snapshot();
    expect(await refused('member1', 'acknowledge', { noticeId: out.notice.id }, 'RECEIPT_NOT_WANTED', 409)).toMatch(
      /不用按“收到”/,
    );
    expect(await snapshot()).toEqual(snap);
    // Pending for a notice without receipts: those who have not read it.
    const receipts = await ok('admin', 'receipts', { noticeId: out.notice.id });
    // The admin, at home in the district and not yet reading it, does not count among those she is to call.
    expect(receipts).toMatchObject({ total: reach, read: 1, pendingTotal: reach - 2 });
  });

  it('the list: pinned on top, then unread, then newest', async () => {
    const branch = await unitId('镇海社区离退休干部党支部');
    const a = await ok('secretary2', 'publish', {
      title: '旧的置顶通知',
      body: '置顶。',
      audienceOrgUnitId: branch,
      importance: 'normal',
      needsAck: false,
      pinned: true,
    });
    const b = await ok('secretary2', 'publish', {
      title: '已读的新通知',
      body: '已读。',
      audienceOrgUnitId: branch,
      importance: 'normal',
      needsAck: false,
    });
    const c = await ok('secretary2', 'publish', {
      title: '未读的通知',
      body: '未读。',
      audienceOrgUnitId: branch,
      importance: 'normal',
      needsAck: false,
    });
    await ok('member14', 'markRead', { noticeId: b.notice.id });
    const ids = (await ok('member14', 'list')).items
      .map((n) => n.id)
      .filter((id) => [a, b, c].some((x) => x.notice.id === id));
    expect(ids).toEqual([a.notice.id, c.notice.id, b.notice.id]);
  });

  it('scheduled notices wait for their time; expired and withdrawn ones leave the list', async () => {
    const branch = await unitId('文屏社区离退休干部党支部');
    const later = await ok('secretary3', 'publish', {
      title: '明天才发的通知',
      body: '明天见。',
      audienceOrgUnitId: branch,
      importance: 'normal',
      needsAck: false,
      publishAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    });
    expect(later.message).toMatch(/^通知已保存，到时间后会发给/);
    const now = await ok('secretary3', 'publish', {
      title: '马上发的通知',
      body: '现在。',
      audienceOrgUnitId: branch,
      importance: 'normal',
      needsAck: false,
      expiresAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    });
    const listed = async () => (await ok('member3', 'list')).items.map((n) => n.id);
    expect(await listed()).toContain(now.notice.id);
    expect(await listed()).not.toContain(later.notice.id);
    await refused('member3', 'get', { noticeId: later.notice.id }, 'NOT_FOUND', 404);
    // Its publisher still sees and manages it.
    expect((await ok('secretary3', 'get', { noticeId: later.notice.id })).notice).toMatchObject({
      showing: false,
      canManage: true,
    });
    expect((await ok('secretary3', 'managed')).items.map((n) => n.id)).toEqual(
      expect.arrayContaining([later.notice.id, now.notice.id]),
    );

    const unread = (await ok('member3', 'unreadCount')).count;
    await db()
      .updateTable('notices')
      .set({ expires_at: new Date(Date.now() - HOUR).toISOString() })
      .where('id', '=', now.notice.id)
      .execute();
    expect(await listed()).not.toContain(now.notice.id);
    expect((await ok('member3', 'unreadCount')).count).toBe(unread - 1);

    const gone = await ok('secretary3', 'publish', {
      title: '要撤回的通知',
      body: '撤回。',
      audienceOrgUnitId: branch,
      importance: 'normal',
      needsAck: false,
    });
    expect(await listed()).toContain(gone.notice.id);
    expect((await ok('secretary3', 'withdraw', { noticeId: gone.notice.id })).message).toBe(
      '通知已撤回，大家不会再看到它。',
    );
    expect(await listed()).not.toContain(gone.notice.id);
    await refused('member3', 'get', { noticeId: gone.notice.id }, 'NOT_FOUND', 404);
    expect(
      await db().selectFrom('notices').select('id').where('id', '=', gone.notice.id).executeTakeFirst(),
    ).toBeDefined();
  });

  describe('bad input: a Chinese sentence and nothing written', () => {
    it('title over 100, body over 10,000, empty or strange fields, a wrong importance, a bad time', async () => {
      const base = await publishToBranch1();
      const before = await snapshot();
      expect(await refused('secretary1', 'publish', { ...base, title: '长'.repeat(101) }, 'VALIDATION', 400)).toBe(
        '标题太长了，请不要超过 100 个字。',
      );
      expect(await refused('secretary1', 'publish', { ...base, body: '长'.repeat(10_001) }, 'VALIDATION', 400)).toBe(
        '正文太长了，请不要超过 10000 个字。',
      );
      await refused('secretary1', 'publish', { ...base, title: '  ' }, 'VALIDATION', 400);
      await refused('secretary1', 'publish', { ...base, title: '第一行\n第二行' }, 'VALIDATION', 400);
      await refused('secretary1', 'publish', { ...base, importance: 'urgent' }, 'VALIDATION', 400);
      await refused('secretary1', 'publish', { ...base, needsAck: 'yes' }, 'VALIDATION', 400);
      await refused('secretary1', 'publish', { ...base, audienceOrgUnitId: '1 OR 1=1' }, 'VALIDATION', 400);
      await refused('secretary1', 'publish', { ...base, publishAt: '明天' }, 'VALIDATION', 400);
      await refused(
        'secretary1',
        'publish',
        { ...base, expiresAt: new Date(Date.now() - HOUR).toISOString() },
        'VALIDATION',
        400,
      );
      await refused('secretary1', 'publish', { ...base, extra: 1 }, 'VALIDATION', 400);
      await refused('secretary1', 'get', { noticeId: -1 }, 'VALIDATION', 400);
      expect(await snapshot()).toEqual(before);
    });

    it('publishing outside one’s scope, or as a member, is refused', async () => {
      const before = await snapshot();
      await refused(
        'secretary1',
        'publish',
        { ...(await publishToBranch1()), audienceOrgUnitId: await unitId('镇海社区离退休干部党支部') },
        'FORBIDDEN',
        403,
      );
      await refused(
        'secretary1',
        'publish',
        { ...(await publishToBranch1()), audienceOrgUnitId: await unitId('东湖区') },
        'FORBIDDEN',
        403,
      );
      await refused('member1', 'publish', await publishToBranch1(), 'FORBIDDEN', 403);
      await refused(
        'secretary1',
        'publish',
        { ...(await publishToBranch1()), audienceOrgUnitId: 999_999 },
        'NOT_FOUND',
        404,
      );
      await refused('secretary1', 'audience', { orgUnitId: await unitId('东湖区') }, 'FORBIDDEN', 403);
      expect(await snapshot()).toEqual(before);
    });

    it('editing or withdrawing someone else’s notice needs a role above it', async () => {
      const byAdmin = await ok('admin', 'publish', await publishToBranch1({ title: '管理员发给莲花支部的通知' }));
      const input = {
        noticeId: byAdmin.notice.id,
        title: '支部书记想改',
        body: '改了。',
        importance: 'normal',
        needsAck: false,
      };
      const before = await snapshot();
      expect(await refused('secretary1', 'update', input, 'FORBIDDEN', 403)).toMatch(/上级管理员/);
      await refused('secretary1', 'withdraw', { noticeId: byAdmin.notice.id }, 'FORBIDDEN', 403);
      await refused('secretary2', 'update', input, 'NOT_FOUND', 404);
      await refused('secretary5', 'update', input, 'NOT_FOUND', 404);
      expect(await snapshot()).toEqual(before);

      // The admin above edits the secretary's notice.
      const bySecretary = await ok('secretary1', 'publish', await publishToBranch1({ title: '书记的通知' }));
      expect(
        (await ok('admin', 'update', { ...input, noticeId: bySecretary.notice.id, title: '管理员改过的通知' })).notice
          .version,
      ).toBe(2);
    });

    it('HTML and script in a title or body are kept as plain text, exactly as typed', async () => {
      const title = '<script>window.__pwned = 1</script><img src=x onerror=alert(1)>';
      const out = await ok(
        'secretary1',
        'publish',
        await publishToBranch1({
          title,
          body: '<b>不是粗体</b>\n<a href="javascript:alert(1)">链接</a>',
          needsAck: false,
        }),
      );
      const got = (await ok('member1', 'get', { noticeId: out.notice.id })).notice;
      expect(got.title).toBe(title);
      expect(got.body).toBe('<b>不是粗体</b>\n<a href="javascript:alert(1)">链接</a>');
    });
  });

  it('a resent publish (same requestId) is answered from the first, with one row', async () => {
    const input = await publishToBranch1({ title: '只发一次的通知' });
    const first = await ok('secretary1', 'publish', input, 'notice-resend-0001');
    const before = await snapshot();
    expect(await ok('secretary1', 'publish', input, 'notice-resend-0001')).toEqual(first);
    expect(await snapshot()).toEqual(before);
  });

  it('the publisher’s screens are only for officials, and each sees only their own subtree', async () => {
    await refused('member1', 'targets', {}, 'FORBIDDEN', 403);
    await refused('member1', 'managed', {}, 'FORBIDDEN', 403);
    await refused('member1', 'audience', { orgUnitId: await unitId(BRANCH1) }, 'FORBIDDEN', 403);
    const branch1Notices = (
      await db()
        .selectFrom('notices')
        .select('id')
        .where('audience_org_unit_id', '=', await unitId(BRANCH1))
        .execute()
    ).map((n) => n.id);
    const mine = (await ok('secretary1', 'managed')).items.map((n) => n.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((id) => branch1Notices.includes(id))).toBe(true);
    expect((await ok('secretary2', 'managed')).items.map((n) => n.id).some((id) => branch1Notices.includes(id))).toBe(
      false,
    );
  });

  it('who will receive it, as a sentence, before publishing; and where one may publish', async () => {
    const branch = await peopleIn(BRANCH1);
    expect((await ok('secretary1', 'audience', { orgUnitId: await unitId(BRANCH1) })).sentence).toBe(
      `将发给 ${BRANCH1} 的 ${branch.length} 位党员。`,
    );
    expect((await ok('secretary1', 'targets')).units.map((u) => u.name)).toEqual([BRANCH1]);
    const cityUnits = await ok('admin', 'targets');
    expect(cityUnits.units[0]).toMatchObject({
      level: 'city',
      members: Number(
        (
          await db()
            .selectFrom('people')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
  });

  describe('朗读: audio or a sentence, never silence', () => {
    it(
      HAS_ESPEAK
        ? 'makes MP3 audio with espeak-ng and lame once per version and serves it through a listening link'
        : 'SKIPPED PART: espeak-ng is not installed (apt-get install espeak-ng lame); only the sentence is checked',
      async () => {
        const out = await ok('secretary1', 'publish', await publishToBranch1({ title: '朗读测试', needsAck: false }));
        const first = await ok('member1', 'speech', { noticeId: out.notice.id });
        if (!HAS_ESPEAK) {
          expect(first.audio).toBeNull();
          expect(first.message).toMatch(/不能朗读/);
          return;
        }
        expect(first.message).toBeNull();
        expect(first.audio?.url).toMatch(
          new RegExp(`^/listen/notices/speech/${out.notice.id}-v1-[A-Za-z0-9_-]{16}\\.mp3\\?`),
        );
        const res = await fetch(new URL(first.audio!.url, host.baseUrl));
        expect(res.status).toBe(200);
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect(Buffer.from(bytes.slice(0, 4)).toString()).not.toBe('RIFF');
        expect(bytes.length).toBeGreaterThan(10_000);
        const keyOf = (url: string | undefined) =>
          decodeURIComponent((url ?? '').slice('/listen/'.length, (url ?? '').indexOf('?')));
        expect(keyOf((await ok('member13', 'speech', { noticeId: out.notice.id })).audio?.url)).toBe(
          keyOf(first.audio?.url),
        );
        // Many listeners at once on a new version: one audio file, each with a link of their own to it.
        const again = await ok(
          'secretary1',
          'publish',
          await publishToBranch1({ title: '大家一起听', needsAck: false }),
        );
        const answers = await Promise.all(
          ['member1', 'member13', 'member25', 'member37'].map((h) => ok(h, 'speech', { noticeId: again.notice.id })),
        );
        expect(new Set(answers.map((a) => keyOf(a.audio?.url))).size).toBe(1);
        expect((await host.deps.files.list(`notices/speech/${again.notice.id}-`)).length).toBe(1);

        // An edit retires version 1: a job deletes its audio; the new version gets its own.
        const key = keyOf(first.audio?.url);
        expect(await host.deps.files.stat(key)).not.toBeNull();
        await ok('secretary1', 'update', {
          noticeId: out.notice.id,
          title: '朗读测试（改过）',
          body: '改过的内容。',
          importance: 'normal',
          needsAck: false,
        });
        await createJobRunner({ deps: host.deps, name: 'test' }).runDue();
        expect(await host.deps.files.stat(key)).toBeNull();
        expect((await ok('member1', 'speech', { noticeId: out.notice.id })).audio?.url).toMatch(
          /-v2-[A-Za-z0-9_-]{16}\.mp3\?/,
        );
      },
    );

    it('says in a sentence when the server cannot speak (espeak-ng missing)', async () => {
      const out = await ok('secretary1', 'publish', await publishToBranch1({ title: '没有朗读软件', needsAck: false }));
      process.env.NOTICES_ESPEAK = '/nonexistent/espeak-ng';
      try {
        const reply = await ok('member1', 'speech', { noticeId: out.notice.id });
        expect(reply.audio).toBeNull();
        expect(reply.message).toBe('这里暂时不能朗读：服务器没有装朗读软件。请放大字体阅读，或请家人帮忙读一读。');
      } finally {
        delete process.env.NOTICES_ESPEAK;
      }
    });

    it('says the same when the MP3 encoder is missing (lame)', async () => {
      const out = await ok('secretary1', 'publish', await publishToBranch1({ title: '没有编码软件', needsAck: false }));
      process.env.NOTICES_LAME = '/nonexistent/lame';
      try {
        const reply = await ok('member1', 'speech', { noticeId: out.notice.id });
        expect(reply.audio).toBeNull();
        expect(reply.message).toBe('这里暂时不能朗读：服务器没有装朗读软件。请放大字体阅读，或请家人帮忙读一读。');
        expect(await host.deps.files.list(`notices/speech/${out.notice.id}-`)).toEqual([]);
      } finally {
        delete process.env.NOTICES_LAME;
      }
    });
  });
});
