// The receipts call list over real HTTP on SQLite and PostgreSQL (issue 20): 30 people a page with 更多, those who
// have not opened it first, then those who read but did not press 收到, then those who did; a search by name, pinyin
// or the digits the viewer is shown; the secretary herself never listed; and 提醒 reaching those who read but did
// not press 收到 when the notice asks for it; and 我发的通知 with each notice's read counts.
import { RECEIPTS_PER_PAGE, type NoticesApi } from '../../contracts/notices';
import { post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';

type Out<A extends keyof NoticesApi> = NoticesApi[A]['output'];
const BRANCH1 = '莲花社区离退休干部党支部';
const RANK = { unread: 0, read: 1, acknowledged: 2 } as const;

describe.each(availableEngines())('the receipts call list on %s', (engine) => {
  let host: TestHost;
  const token = tokensByHandle(() => host);
  const db = () => host.deps.database.db;
  const ok = async <A extends keyof NoticesApi>(handle: string, action: A, data?: unknown): Promise<Out<A>> => {
    const reply = await post<Out<A>>(host.baseUrl, 'notices', { action, data }, await token(handle));
    if (!reply.body.ok) throw new Error(`${handle} ${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  const personIdOf = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  /** Every page of the call list, following 更多. */
  const allPages = async (noticeId: number, query?: string) => {
    const pages = [await ok('secretary1', 'receipts', { noticeId, query })];
    while (pages[pages.length - 1].hasMore)
      pages.push(await ok('secretary1', 'receipts', { noticeId, page: pages.length, query }));
    return { first: pages[0], pages, people: pages.flatMap((p) => p.people) };
  };

  let noticeId: number;
  const readers = ['member13', 'member25', 'member37'];
  const confirmers = ['member49', 'member61'];

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    const audienceOrgUnitId = (
      await db().selectFrom('org_units').select('id').where('name', '=', BRANCH1).executeTakeFirstOrThrow()
    ).id;
    noticeId = (
      await ok('secretary1', 'publish', {
        title: '请确认参加下周的组织生活会',
        body: '下周四下午三点，社区活动室。',
        audienceOrgUnitId,
        importance: 'important',
        needsAck: true,
      })
    ).notice.id;
    for (const handle of readers) await ok(handle, 'markRead', { noticeId });
    for (const handle of confirmers) await ok(handle, 'acknowledge', { noticeId });
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('30 a page with 更多: unread first, then read but not 收到, then 收到; everyone once; never the secretary herself', async () => {
    expect(RECEIPTS_PER_PAGE).toBe(30);
    const { first, pages, people } = await allPages(noticeId);
    expect(first.people).toHaveLength(30);
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages.slice(0, -1)) expect(p.people).toHaveLength(30);

    const ids = people.map((p) => p.personId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(await personIdOf('secretary1'));
    const ranks = people.map((p) => RANK[p.state]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const byId = new Map(people.map((p) => [p.personId, p]));
    for (const handle of readers) expect(byId.get(await personIdOf(handle))?.state).toBe('read');
    for (const handle of confirmers) expect(byId.get(await personIdOf(handle))?.state).toBe('acknowledged');
    // Those done need no call: their numbers are not shown.
    for (const handle of confirmers) expect(byId.get(await personIdOf(handle))?.phone).toBeNull();
    expect(people.filter((p) => p.state === 'read')).toHaveLength(readers.length);
    expect(people.filter((p) => p.state === 'acknowledged')).toHaveLength(confirmers.length);
  });

  it('finds people by name, pinyin initials or phone digits, among those the secretary may call', async () => {
    const member = await db()
      .selectFrom('people')
      .select(['id', 'name', 'phone'])
      .where('handle', '=', 'member25')
      .executeTakeFirstOrThrow();
    const byName = await allPages(noticeId, member.name);
    expect(byName.people.map((p) => p.personId)).toContain(member.id);
    expect(byName.people.every((p) => p.name.includes(member.name))).toBe(true);
    expect(byName.first.query).toBe(member.name);

    const byDigits = await allPages(noticeId, member.phone!.slice(-4));
    expect(byDigits.people.map((p) => p.personId)).toContain(member.id);

    const nobody = await ok('secretary1', 'receipts', { noticeId, query: '没有这个人' });
    expect(nobody).toMatchObject({ people: [], hasMore: false });
    // The counts above the list stay those of the whole notice.
    expect(nobody.total).toBe(byName.first.total);

    const self = await db()
      .selectFrom('people')
      .select('name')
      .where('handle', '=', 'secretary1')
      .executeTakeFirstOrThrow();
    expect((await allPages(noticeId, self.name)).people.map((p) => p.personId)).not.toContain(
      await personIdOf('secretary1'),
    );
  });

  it('refuses a search that is too long or not text, in Chinese', async () => {
    for (const query of ['很'.repeat(21), 42, ['张']]) {
      const reply = await post(
        host.baseUrl,
        'notices',
        { action: 'receipts', data: { noticeId, query } },
        await token('secretary1'),
      );
      expect(reply.status).toBe(400);
      if (reply.body.ok) throw new Error('accepted');
      expect(reply.body.error.message).toMatch(/[\u4e00-\u9fff].*[。！？]$/);
    }
  });

  it('我发的通知 says for each notice how many it reaches, read it and pressed 收到', async () => {
    const members = Number(
      (
        await db()
          .selectFrom('people')
          .innerJoin('org_units as u', 'u.id', 'people.org_unit_id')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('u.name', '=', BRANCH1)
          .where('people.status', '=', 'active')
          .executeTakeFirstOrThrow()
      ).n,
    );
    const { items } = await ok('secretary1', 'managed');
    expect(items.find((n) => n.id === noticeId)).toMatchObject({
      members,
      read: readers.length + confirmers.length,
      acknowledged: confirmers.length,
    });
    // Every notice listed carries its counts (one query for the page, not one per notice).
    for (const n of items) {
      expect(n.read).toBeGreaterThanOrEqual(n.acknowledged);
      expect(n.members).toBeGreaterThanOrEqual(n.read);
    }
  });

  it('提醒 reaches those who read but did not press 收到, not those who did, nor the secretary herself', async () => {
    const out = await ok('secretary1', 'remind', { noticeId });
    const messages = await db()
      .selectFrom('messages')
      .select(['person_id', 'text'])
      .where('kind', '=', 'notice_reminder')
      .where('link_params_json', '=', JSON.stringify({ id: String(noticeId) }))
      .execute();
    const reminded = new Map(messages.map((m) => [m.person_id, m.text]));
    for (const handle of readers)
      expect(reminded.get(await personIdOf(handle))).toBe('请您在这条通知里按“收到”：「请确认参加下周的组织生活会」。');
    for (const handle of confirmers) expect(reminded.has(await personIdOf(handle))).toBe(false);
    expect(reminded.has(await personIdOf('secretary1'))).toBe(false);
    expect(reminded.get(await personIdOf('member1'))).toBe('请您看一下这条通知：「请确认参加下周的组织生活会」。');
    expect(out.reminded).toBe(messages.length);
    expect(out.message).toBe(`已提醒 ${messages.length} 位还没按“收到”的党员。`);
  });
});
