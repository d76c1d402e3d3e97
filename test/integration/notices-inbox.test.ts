// A published notice reaches 我的消息 over real HTTP on SQLite and PostgreSQL, whether or not 提醒 is pressed:
// the inbox reads the showing notices addressed to the member's path when she asks (nothing is written per person
// at publish), so a member outside the audience never sees it, and a withdrawn one leaves at once.
import type { InboxApi } from '../../contracts/inbox';
import type { NoticesApi } from '../../contracts/notices';
import { login, post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

describe.each(availableEngines())('notices in 我的消息 on %s', (engine) => {
  let host: TestHost;
  const tokens = new Map<string, string>();
  const db = () => host.deps.database.db;
  const as = async (handle: string) => {
    if (!tokens.has(handle)) tokens.set(handle, await login(host.baseUrl, handle));
    return tokens.get(handle) as string;
  };
  const inbox = async <A extends keyof InboxApi>(handle: string, action: A, data?: unknown) => {
    const reply = await post<InboxApi[A]['output']>(host.baseUrl, 'account', { action, data }, await as(handle));
    if (!reply.body.ok) throw new Error(`${handle} ${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  const notices = async <A extends keyof NoticesApi>(handle: string, action: A, data?: unknown) => {
    const reply = await post<NoticesApi[A]['output']>(host.baseUrl, 'notices', { action, data }, await as(handle));
    if (!reply.body.ok) throw new Error(`${handle} ${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  const homeUnitOf = async (handle: string) =>
    (await db().selectFrom('people').select('org_unit_id').where('handle', '=', handle).executeTakeFirstOrThrow())
      .org_unit_id;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('an important notice that needs 收到 is in member2’s 我的消息 and count right after publish, without 提醒', async () => {
    const messagesBefore = await db().selectFrom('messages').select('id').execute();
    const countBefore = (await inbox('member2', 'unreadCount')).unread;
    const outsiderBefore = await inbox('member3', 'myMessages');
    const published = await notices('secretary2', 'publish', {
      title: '下周二上午九点开党员大会',
      body: '请各位党员下周二上午九点到社区活动室开党员大会。',
      audienceOrgUnitId: await homeUnitOf('member2'),
      importance: 'important',
      needsAck: true,
    });
    // Publishing wrote no per-person rows: the inbox finds the notice when she asks.
    expect(await db().selectFrom('messages').select('id').execute()).toHaveLength(messagesBefore.length);

    const page = await inbox('member2', 'myMessages');
    const mine = page.notices.find((n) => n.id === published.notice.id);
    expect(mine).toMatchObject({
      title: '下周二上午九点开党员大会',
      important: true,
      needsAck: true,
      read: false,
      acknowledged: false,
    });
    expect((await inbox('member2', 'unreadCount')).unread).toBe(countBefore + 1);

    // member3 lives in another branch: the notice is not for her, nor is her count changed.
    expect(await homeUnitOf('member3')).not.toBe(await homeUnitOf('member2'));
    const outsider = await inbox('member3', 'myMessages');
    expect(outsider.notices.map((n) => n.id)).not.toContain(published.notice.id);
    expect(outsider.notices).toEqual(outsiderBefore.notices);

    // Opened but not yet 收到: still there, saying 收到 is wanted; no longer counted as unread.
    await notices('member2', 'markRead', { noticeId: published.notice.id });
    const opened = (await inbox('member2', 'myMessages')).notices.find((n) => n.id === published.notice.id);
    expect(opened).toMatchObject({ read: true, acknowledged: false, needsAck: true });
    expect((await inbox('member2', 'unreadCount')).unread).toBe(countBefore);

    // After 收到 there is nothing left for her to do: it leaves 我的消息 (it stays in 通知公告).
    await notices('member2', 'acknowledge', { noticeId: published.notice.id });
    expect((await inbox('member2', 'myMessages')).notices.map((n) => n.id)).not.toContain(published.notice.id);
  });

  it('a withdrawn notice leaves 我的消息 and its count at once; older pages carry no notices', async () => {
    const countBefore = (await inbox('member2', 'unreadCount')).unread;
    const published = await notices('secretary2', 'publish', {
      title: '本周六义务植树',
      body: '本周六上午八点在公园门口集合。',
      audienceOrgUnitId: await homeUnitOf('member2'),
      importance: 'normal',
      needsAck: false,
    });
    expect((await inbox('member2', 'myMessages')).notices.map((n) => n.id)).toContain(published.notice.id);
    expect((await inbox('member2', 'unreadCount')).unread).toBe(countBefore + 1);

    await notices('secretary2', 'withdraw', { noticeId: published.notice.id });
    expect((await inbox('member2', 'myMessages')).notices.map((n) => n.id)).not.toContain(published.notice.id);
    expect((await inbox('member2', 'unreadCount')).unread).toBe(countBefore);
    expect((await inbox('member2', 'myMessages', { before: 1_000_000_000 })).notices).toEqual([]);
  });
});
