// 我的消息 over real HTTP on SQLite and PostgreSQL: paging newest first, the unread count, marking read (one, some,
// all) only ever the caller's own, consent to WeChat messages, and bad input refused in Chinese with nothing written.
import { notifyEach } from '../../backend/data/messages';
import type { InboxApi, InboxMessage } from '../../contracts/inbox';
import { login, post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

type Out<A extends keyof InboxApi> = InboxApi[A]['output'];

describe.each(availableEngines())('the inbox on %s', (engine) => {
  let host: TestHost;
  const db = () => host.deps.database.db;
  const call = <A extends keyof InboxApi>(action: A, data: unknown, token?: string, requestId?: string) =>
    post<Out<A>>(host.baseUrl, 'account', { action, data, ...(requestId ? { requestId } : {}) }, token);
  const ok = async <A extends keyof InboxApi>(action: A, data: unknown, token: string): Promise<Out<A>> => {
    const reply = await call(action, data, token);
    if (!reply.body.ok) throw new Error(`${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  const personId = async (handle: string) =>
    (await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow()).id;
  /** `count` event reminders for each person, oldest first, one second apart. */
  async function remind(handles: string[], count: number) {
    const ids = await Promise.all(handles.map(personId));
    const start = Date.parse('2026-12-01T01:00:00Z');
    for (let i = 1; i <= count; i += 1) {
      await db()
        .transaction()
        .execute((trx) =>
          notifyEach(
            trx,
            ids,
            {
              kind: 'event_reminder',
              text: `您报名的第${i}场讲座明天上午九点开始。`,
              link: { page: '/subpackages/events/detail/index', params: { id: String(i) } },
            },
            new Date(start + i * 1000),
          ),
        );
    }
  }
  const auditRows = async () => (await db().selectFrom('audit_log').select('id').execute()).length;
  const unreadIn = async (handle: string) =>
    (
      await db()
        .selectFrom('messages')
        .select('id')
        .where('person_id', '=', await personId(handle))
        .where('read_at', 'is', null)
        .execute()
    ).length;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    await remind(['member31', 'member32', 'member35', 'member36'], 25);
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('pages the caller’s own messages newest first, with links to what they are about', async () => {
    const token = await login(host.baseUrl, 'member31');
    const first = await ok('myMessages', {}, token);
    expect(first.messages).toHaveLength(20);
    expect(first.unread).toBe(25);
    expect(first.messages[0]).toMatchObject({
      kind: 'event_reminder',
      text: '您报名的第25场讲座明天上午九点开始。',
      link: { page: '/subpackages/events/detail/index', params: { id: '25' } },
      read: false,
      createdAt: '2026-12-01T01:00:25.000Z',
    });
    const ids = first.messages.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(first.next).toBe(ids[19]);

    const second = await ok('myMessages', { before: first.next, limit: 20 }, token);
    expect(second.messages.map((m) => m.text.match(/第(\d+)场/)?.[1])).toEqual(['5', '4', '3', '2', '1']);
    expect(second.next).toBeNull();
    const mine = new Set(
      (
        await db()
          .selectFrom('messages')
          .select('id')
          .where('person_id', '=', await personId('member31'))
          .execute()
      ).map((m) => m.id),
    );
    expect([...first.messages, ...second.messages].every((m: InboxMessage) => mine.has(m.id))).toBe(true);

    const small = await ok('myMessages', { limit: 5 }, token);
    expect(small.messages).toHaveLength(5);
    expect(await ok('unreadCount', undefined, token)).toEqual({ unread: 25 });
  });

  it('marks only the caller’s own messages read: another person’s ids are ignored and stay unread', async () => {
    const token = await login(host.baseUrl, 'member35');
    const own = (await ok('myMessages', { limit: 3 }, token)).messages.map((m) => m.id);
    const theirs = (
      await db()
        .selectFrom('messages')
        .select('id')
        .where('person_id', '=', await personId('member32'))
        .orderBy('id')
        .limit(3)
        .execute()
    ).map((m) => m.id);
    const othersBefore = await unreadIn('member32');

    const marked = await ok('markRead', { ids: [...own, ...theirs, own[0]] }, token);
    expect(marked).toEqual({ marked: 3, unread: 22 });
    expect(await unreadIn('member32')).toBe(othersBefore);
    expect(await ok('markRead', { ids: theirs }, token)).toEqual({ marked: 0, unread: 22 });
    expect(await unreadIn('member32')).toBe(othersBefore);

    const page = await ok('myMessages', { limit: 4 }, token);
    expect(page.messages.map((m) => m.read)).toEqual([true, true, true, false]);
    // Marking again changes nothing; ids as digit strings (from a page URL) are accepted.
    expect(await ok('markRead', { ids: own.map(String) }, token)).toEqual({ marked: 0, unread: 22 });
  });

  it('marks all read at once, answers a resend from the first answer, and audits the write', async () => {
    const token = await login(host.baseUrl, 'member36');
    const before = await auditRows();
    const first = await call('markRead', { all: true }, token, 'mark-all-read-01');
    expect(first.body).toEqual({ ok: true, data: { marked: 25, unread: 0 } });
    const resend = await call('markRead', { all: true }, token, 'mark-all-read-01');
    expect(resend.body).toEqual(first.body);
    expect(await auditRows()).toBe(before + 1);
    expect(await ok('unreadCount', {}, token)).toEqual({ unread: 0 });
    expect(await unreadIn('member32')).toBeGreaterThan(0);
  });

  it('shows each person only their own messages', async () => {
    const other = await login(host.baseUrl, 'member32');
    const theirs = await ok('myMessages', { limit: 50 }, other);
    const owner = await personId('member32');
    const rows = await db()
      .selectFrom('messages')
      .select(['id', 'person_id'])
      .where(
        'id',
        'in',
        theirs.messages.map((m) => m.id),
      )
      .execute();
    expect(rows.every((r) => r.person_id === owner)).toBe(true);
    expect(theirs.messages).toHaveLength(25);
    // Paging from another person's message id shows nothing of theirs either.
    const someoneElses = (
      await db()
        .selectFrom('messages')
        .select('id')
        .where('person_id', '<>', owner)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
    const fromThere = await ok('myMessages', { before: someoneElses + 1 }, other);
    expect(fromThere.messages.every((m) => rows.some((r) => r.id === m.id))).toBe(true);
    expect(await ok('myMessages', {}, await login(host.baseUrl, 'member33'))).toEqual({
      messages: [],
      unread: 0,
      // member33 has read every demo notice addressed to her branch: none waits for her.
      notices: [],
      next: null,
    });
  });

  it('asks who is calling before anything else', async () => {
    for (const action of ['myMessages', 'unreadCount', 'markRead', 'recordConsent', 'subscribeTemplates'] as const) {
      const reply = await call(action, {});
      expect(reply.status).toBe(401);
      expect(!reply.body.ok && reply.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('counts each accepted WeChat template as one message allowed, and tells the host has no templates', async () => {
    const token = await login(host.baseUrl, 'member34');
    expect(await ok('subscribeTemplates', {}, token)).toEqual({ templates: {} });
    expect(await ok('recordConsent', { templates: ['notice_posted', 'event_reminder'] }, token)).toEqual({
      consents: { notice_posted: 1, event_reminder: 1 },
    });
    expect(await ok('recordConsent', { templates: ['notice_posted'] }, token)).toEqual({
      consents: { notice_posted: 2, event_reminder: 1 },
    });
    const audited = await db()
      .selectFrom('audit_log')
      .select('after_json')
      .where('entity', '=', 'subscribe_consents')
      .where('entity_id', '=', String(await personId('member34')))
      .execute();
    expect(audited).toHaveLength(2);
  });

  it('refuses bad input with VALIDATION and a Chinese sentence, and writes nothing', async () => {
    const token = await login(host.baseUrl, 'member32');
    const cases: [keyof InboxApi, unknown][] = [
      ['markRead', {}],
      ['markRead', { ids: [] }],
      ['markRead', { ids: ['abc'] }],
      ['markRead', { ids: [1.5] }],
      ['markRead', { ids: [-4] }],
      ['markRead', { ids: '1,2,3' }],
      ['markRead', { ids: [1], all: true }],
      ['markRead', { all: false }],
      ['markRead', { all: 'yes' }],
      ['markRead', { ids: Array.from({ length: 101 }, (_, i) => i + 1) }],
      ['markRead', { ids: [1], personId: 3 }],
      ['myMessages', { limit: 0 }],
      ['myMessages', { limit: 51 }],
      ['myMessages', { limit: '20' }],
      ['myMessages', { before: 0 }],
      ['myMessages', { before: '1 OR 1=1' }],
      ['myMessages', { personId: 1 }],
      ['unreadCount', { personId: 1 }],
      ['recordConsent', {}],
      ['recordConsent', { templates: [] }],
      ['recordConsent', { templates: 'notice_posted' }],
      ['recordConsent', { templates: ['spam_everyone'] }],
      ['recordConsent', { templates: ['notice_posted', 'notice_posted'] }],
      ['recordConsent', { templates: ['notice_posted', 'event_reminder', 'event_promoted', 'notice_posted'] }],
    ];
    const audits = await auditRows();
    const unread = await unreadIn('member32');
    const consents = await db().selectFrom('subscribe_consents').selectAll().execute();
    for (const [action, data] of cases) {
      const reply = await call(action, data, token);
      expect([action, data, reply.status]).toEqual([action, data, 400]);
      expect(!reply.body.ok && reply.body.error).toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(/^[^a-zA-Z]*[\u4e00-\u9fff][^a-zA-Z]*。$/),
      });
    }
    expect(await auditRows()).toBe(audits);
    expect(await unreadIn('member32')).toBe(unread);
    expect(await db().selectFrom('subscribe_consents').selectAll().execute()).toEqual(consents);
  });
});
