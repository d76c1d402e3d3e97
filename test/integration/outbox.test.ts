// Inbox and outbox on SQLite and PostgreSQL: a notification is written with the change that causes it (or not at
// all), and delivered later by a job through the real WeChat adapter, with only wx-server-sdk's
// `openapi.subscribeMessage.send` faked. A failed delivery stays and is retried; the change stays committed.
import type { Transaction } from 'kysely';
import { DELIVER_SUBSCRIBE_MESSAGE, notify, notifyEach, type Notification } from '../../backend/data/messages';
import type { Schema } from '../../backend/data/schema';
import { hostSkipsSubscribeMessages } from '../../apps/host/host-jobs';
import { deliverSubscribeMessage } from '../../backend/jobs/deliver-subscribe-message';
import { createJobRunner } from '../../backend/jobs/runner';
import type { Deps } from '../../backend/runtime/deps';
import { createLogger } from '../../backend/runtime/logger';
import { wxSubscribeMessages, type WxCloud, type WxSubscribeSend } from '../../backend/wechat/wx-adapters';
import { login, post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

const SECOND = 1000;
const HOUR = 3600 * SECOND;

/** FAKE of WeChat's subscribeMessage.send: records each call and answers from a script (default: sent). */
function fakeWeChat() {
  const sent: WxSubscribeSend[] = [];
  const script: (() => Promise<{ errCode: number; errMsg: string }>)[] = [];
  const cloud = {
    openapi: {
      subscribeMessage: {
        async send(o: WxSubscribeSend) {
          sent.push(o);
          const next = script.shift();
          return next ? next() : { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
        },
      },
    },
  } as unknown as WxCloud;
  // wx-server-sdk rejects with an error carrying errCode when WeChat refuses.
  const refuse = (errCode: number, errMsg: string) => () =>
    Promise.reject(Object.assign(new Error(errMsg), { errCode, errMsg }));
  const networkDown = () => () => Promise.reject(new Error('connect ETIMEDOUT api.weixin.qq.com'));
  return { cloud, sent, script, refuse, networkDown };
}

const TEMPLATES = {
  notice_posted: { id: 'TMPL-notice-0001', fields: { title: 'thing1', unit: 'thing2' } },
  event_promoted: { id: 'TMPL-promoted-01', fields: { title: 'thing1', time: 'time2' } },
};

const noticeFor = (id: number): Notification => ({
  kind: 'notice_posted',
  text: '支部发了一条新通知，请您看一看。',
  link: { page: '/subpackages/notices/detail/index', params: { id: String(id) } },
  subscribe: {
    template: 'notice_posted',
    data: { title: '关于十二月组织生活会的安排和学习材料的通知', unit: '莲花社区离退休干部党支部' },
  },
});

describe.each(availableEngines())('inbox and outbox on %s', (engine) => {
  let host: TestHost;
  let clock: number;
  let wx: ReturnType<typeof fakeWeChat>;
  /** Dependencies of a WeChat runtime: the host's database, the real adapter over the fake SDK, a clock we move. */
  let wechatDeps: Deps;
  const db = () => host.deps.database.db;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    clock = Date.parse('2026-12-01T01:00:00Z');
  });
  beforeEach(() => {
    wx = fakeWeChat();
    wechatDeps = {
      ...host.deps,
      now: () => new Date(clock),
      log: createLogger('error', {}, () => {}),
      subscribeMessages: wxSubscribeMessages(wx.cloud, TEMPLATES, 'release'),
    };
  });
  afterAll(async () => {
    await host?.stop();
  });

  /** A member who signs in with WeChat and has accepted `consents` notice_posted messages (over HTTP). */
  async function wechatMember(handle: string, consents: number) {
    const person = await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow();
    await db()
      .insertInto('identities')
      .values({
        provider: 'wechat',
        subject: `oFAKE-${handle}`,
        person_id: person.id,
        created_at: new Date(clock).toISOString(),
      })
      .execute();
    const token = await login(host.baseUrl, handle);
    for (let i = 0; i < consents; i += 1) {
      const reply = await post(
        host.baseUrl,
        'account',
        { action: 'recordConsent', data: { templates: ['notice_posted'] } },
        token,
      );
      expect(reply.status).toBe(200);
    }
    return { id: person.id, openid: `oFAKE-${handle}`, token };
  }

  /** A change and its notification, in one transaction: here, the member turns on 大字. */
  const changeAndNotify = (
    personId: number,
    notification: Notification,
    after?: (trx: Transaction<Schema>) => Promise<void>,
  ) =>
    db()
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('people').set({ large_text: 1 }).where('id', '=', personId).execute();
        const notified = await notify(trx, personId, notification, new Date(clock));
        await after?.(trx);
        return notified;
      });
  const outbox = (id: number) => db().selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const deliveryJob = (outboxId: number) =>
    db()
      .selectFrom('jobs')
      .selectAll()
      .where('dedupe_key', '=', `${DELIVER_SUBSCRIBE_MESSAGE}:${outboxId}`)
      .executeTakeFirstOrThrow();
  const consents = async (personId: number) =>
    (
      await db()
        .selectFrom('subscribe_consents')
        .select('remaining')
        .where('person_id', '=', personId)
        .where('template', '=', 'notice_posted')
        .executeTakeFirst()
    )?.remaining ?? 0;
  const largeText = async (personId: number) =>
    (await db().selectFrom('people').select('large_text').where('id', '=', personId).executeTakeFirstOrThrow())
      .large_text;
  const runJobs = (deps = wechatDeps) =>
    createJobRunner({ deps, handlers: [deliverSubscribeMessage], name: 'test' }).runDue();
  const sentTo = (openid: string) => wx.sent.filter((m) => m.touser === openid);

  it('keeps a failed delivery in the outbox and retries it later, while the change that caused it stays committed', async () => {
    const member = await wechatMember('member11', 2);
    const { messageIds, outboxIds } = await changeAndNotify(member.id, noticeFor(7));
    expect(messageIds).toHaveLength(1);
    expect(outboxIds).toHaveLength(1);

    wx.script.push(wx.networkDown());
    expect(await runJobs()).toMatchObject({ retrying: 1, done: 0 });
    expect(await outbox(outboxIds[0])).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'connect ETIMEDOUT api.weixin.qq.com',
    });
    expect(await deliveryJob(outboxIds[0])).toMatchObject({ status: 'queued', attempts: 1 });
    expect(await largeText(member.id)).toBe(1);
    expect(await consents(member.id)).toBe(2);
    const inbox = await post<{ messages: { id: number; text: string; read: boolean }[] }>(
      host.baseUrl,
      'account',
      { action: 'myMessages' },
      member.token,
    );
    expect(inbox.body.ok && inbox.body.data.messages[0]).toMatchObject({
      id: messageIds[0],
      text: '支部发了一条新通知，请您看一看。',
      read: false,
    });

    clock += 40 * SECOND;
    expect(await runJobs()).toMatchObject({ done: 1 });
    expect(await outbox(outboxIds[0])).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(await consents(member.id)).toBe(1);
    expect(wx.sent).toHaveLength(2);
    expect(wx.sent[1]).toEqual({
      touser: member.openid,
      templateId: 'TMPL-notice-0001',
      page: 'subpackages/notices/detail/index?id=7',
      // thing values are cut to WeChat's 20 characters, or WeChat refuses the message (47003).
      data: {
        thing1: { value: '关于十二月组织生活会的安排和学习材料的…' },
        thing2: { value: '莲花社区离退休干部党支部' },
      },
      miniprogramState: 'formal',
      lang: 'zh_CN',
    });
    expect(Array.from(wx.sent[1].data.thing1.value)).toHaveLength(20);

    // Run the delivery again (as after a crash): nothing is sent twice.
    await db()
      .updateTable('jobs')
      .set({ status: 'queued', run_at: new Date(clock).toISOString() })
      .where('dedupe_key', '=', `${DELIVER_SUBSCRIBE_MESSAGE}:${outboxIds[0]}`)
      .execute();
    expect(await runJobs()).toMatchObject({ done: 1 });
    expect(wx.sent).toHaveLength(2);
    expect(await consents(member.id)).toBe(1);
  });

  it('writes nothing of the notification when the change that caused it rolls back', async () => {
    const member = await wechatMember('member12', 1);
    const counts = async () =>
      Promise.all(
        ['messages', 'outbox', 'jobs'].map(async (t) =>
          Number(
            (
              await db()
                .selectFrom(t as 'jobs')
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await counts();
    await expect(
      changeAndNotify(member.id, noticeFor(8), async () => {
        throw new Error('the seat was taken meanwhile');
      }),
    ).rejects.toThrow('the seat was taken');
    expect(await counts()).toEqual(before);
    expect(await largeText(member.id)).toBe(0);
  });

  it('refuses to write a message that is not one short full sentence, or links outside the app', async () => {
    const member = await wechatMember('member13', 0);
    const before = await db().selectFrom('messages').select('id').execute();
    await expect(changeAndNotify(member.id, { ...noticeFor(9), text: '新通知' })).rejects.toThrow(/full sentence/);
    await expect(changeAndNotify(member.id, { ...noticeFor(9), text: `${'很长的通知'.repeat(13)}。` })).rejects.toThrow(
      /60 characters/,
    );
    await expect(
      changeAndNotify(member.id, { ...noticeFor(9), link: { page: 'https://example.com/', params: {} } }),
    ).rejects.toThrow(/not a page of the app/);
    expect(await db().selectFrom('messages').select('id').execute()).toHaveLength(before.length);
    expect(await largeText(member.id)).toBe(0);
  });

  it('writes only the inbox message for someone without consent, and sends nothing', async () => {
    const member = await wechatMember('member14', 0);
    const { messageIds, outboxIds } = await changeAndNotify(member.id, noticeFor(10));
    expect(messageIds).toHaveLength(1);
    expect(outboxIds).toEqual([]);
    await runJobs();
    expect(wx.sent).toEqual([]);
  });

  it('sends one message per consent: a second notification waiting in the outbox finds none left', async () => {
    const member = await wechatMember('member15', 1);
    const first = await changeAndNotify(member.id, noticeFor(11));
    const second = await changeAndNotify(member.id, noticeFor(12));
    expect(await runJobs()).toMatchObject({ done: 2 });
    expect(wx.sent).toHaveLength(1);
    expect(await outbox(first.outboxIds[0])).toMatchObject({ status: 'sent' });
    expect(await outbox(second.outboxIds[0])).toMatchObject({ status: 'no_consent' });
    expect(await consents(member.id)).toBe(0);
  });

  it('believes WeChat over our count when it says there is no consent (43101), and does not retry', async () => {
    const member = await wechatMember('member16', 3);
    const { outboxIds } = await changeAndNotify(member.id, noticeFor(13));
    wx.script.push(wx.refuse(43101, 'user refuse to accept the msg'));
    expect(await runJobs()).toMatchObject({ done: 1, retrying: 0 });
    expect(await outbox(outboxIds[0])).toMatchObject({
      status: 'refused',
      last_error: 'WeChat 43101: user refuse to accept the msg',
    });
    expect(await consents(member.id)).toBe(0);
  });

  it('parks the delivery for an admin when WeChat rejects the message itself (47003), without retrying', async () => {
    const member = await wechatMember('member17', 1);
    const { outboxIds } = await changeAndNotify(member.id, noticeFor(14));
    wx.script.push(wx.refuse(47003, 'argument invalid! data.time2.value invalid'));
    expect(await runJobs()).toMatchObject({ parked: 1 });
    expect(await outbox(outboxIds[0])).toMatchObject({ status: 'failed' });
    expect(await deliveryJob(outboxIds[0])).toMatchObject({ status: 'parked' });
    expect(await consents(member.id)).toBe(1);
  });

  it('gives up after the last try: the outbox row is marked failed and the job parked, the change still stands', async () => {
    const member = await wechatMember('member18', 1);
    const { outboxIds } = await changeAndNotify(member.id, noticeFor(15));
    for (let i = 0; i < 8; i += 1) {
      wx.script.push(wx.refuse(-1, 'system error'));
      await runJobs();
      clock += 2 * HOUR;
    }
    expect(sentTo(member.openid)).toHaveLength(8);
    expect(await outbox(outboxIds[0])).toMatchObject({
      status: 'failed',
      attempts: 8,
      last_error: 'WeChat -1: system error',
    });
    expect(await deliveryJob(outboxIds[0])).toMatchObject({ status: 'parked', attempts: 8 });
    expect(await largeText(member.id)).toBe(1);
  });

  it('marks a message skipped in the host, which has no WeChat, and for someone who does not sign in with WeChat', async () => {
    const member = await wechatMember('member19', 1);
    const inHost = await changeAndNotify(member.id, noticeFor(16));
    expect(await runJobs({ ...wechatDeps, subscribeMessages: hostSkipsSubscribeMessages })).toMatchObject({ done: 1 });
    expect(await outbox(inHost.outboxIds[0])).toMatchObject({
      status: 'skipped',
      last_error: expect.stringMatching(/host has no WeChat/),
    });

    await db().deleteFrom('identities').where('person_id', '=', member.id).execute();
    const noWechat = await changeAndNotify(member.id, noticeFor(17));
    await runJobs();
    expect(await outbox(noWechat.outboxIds[0])).toMatchObject({
      status: 'skipped',
      last_error: 'the person does not sign in with WeChat',
    });
    expect(wx.sent).toEqual([]);
  });

  it('leaves deliveries alone in a host that shares its database with WeChat cloud', async () => {
    const member = await wechatMember('member20', 1);
    const { outboxIds } = await changeAndNotify(member.id, noticeFor(18));
    await createJobRunner({
      deps: { ...wechatDeps, subscribeMessages: hostSkipsSubscribeMessages },
      handlers: [deliverSubscribeMessage],
      leave: [DELIVER_SUBSCRIBE_MESSAGE],
    }).runDue();
    expect(await outbox(outboxIds[0])).toMatchObject({ status: 'pending', attempts: 0 });
    await runJobs();
    expect(await outbox(outboxIds[0])).toMatchObject({ status: 'sent' });
  });

  it('notifies a whole branch at once, with outbox rows only for those who consented', async () => {
    const branch = await db()
      .selectFrom('people')
      .select(['id', 'org_unit_id'])
      .where('handle', '=', 'member21')
      .executeTakeFirstOrThrow();
    const everyone = (
      await db().selectFrom('people').select('id').where('org_unit_id', '=', branch.org_unit_id).execute()
    ).map((p) => p.id);
    const consenting = await wechatMember('member21', 1);
    const notified = await db()
      .transaction()
      .execute((trx) => notifyEach(trx, [...everyone, ...everyone], noticeFor(19), new Date(clock)));
    expect(notified.messageIds).toHaveLength(everyone.length);
    expect(notified.outboxIds).toHaveLength(1);
    expect((await outbox(notified.outboxIds[0])).person_id).toBe(consenting.id);
  });
});
