// A WeChat subscribe message really leaves the outbox: a member taps 排队候补 in the mini-program and accepts the
// consent prompt (what the tap asks for is the events feature's own list), a seat frees up, and the next timer
// tick of the account bundle sends event_promoted through subscribeMessage.send. A member who said no to the
// prompt gets the in-app message only. The cloud bundles run as WeChat would, with the FAKE wx-server-sdk; the
// database is real PostgreSQL.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONSENTS_FOR_ACTION } from '../../src/features/events/event-state';
import { post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { tokensByHandle } from '../support/tokens';
import { buildCloudInto } from '../support/cloud-build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installFakeWxServerSdk } = require('../support/fake-wx-server-sdk/install') as {
  installFakeWxServerSdk: (dir: string) => void;
};

const root = path.resolve(__dirname, '../..');
const hasPostgres = availableEngines().includes('postgres');
const TEMPLATES = JSON.stringify({
  event_promoted: { id: 'TMPL-promoted-01', fields: { title: 'thing1', time: 'time2' } },
});

type Reply = { ok: true; data: Record<string, unknown> } | { ok: false; error: { code: string; message: string } };

(hasPostgres ? describe : describe.skip)('a consented sign-up, delivered by the WeChat timer', () => {
  let outDir: string;
  let host: TestHost;
  let sentFile: string;
  const db = () => host.deps.database.db;
  const token = tokensByHandle(() => host);

  const run = (fn: string, event: unknown, openid: string): Reply => {
    const out = execFileSync(
      process.execPath,
      [path.join(root, 'test/support/run-cloud-function.js'), path.join(outDir, fn), JSON.stringify(event)],
      {
        env: {
          ...process.env,
          LOG_LEVEL: 'error',
          DATABASE_URL: host.databaseUrl as string,
          SUBSCRIBE_TEMPLATES: TEMPLATES,
          FAKE_WX_SENT_FILE: sentFile,
          FAKE_WX_OPENID: openid,
        },
        encoding: 'utf8',
      },
    );
    return JSON.parse(out.trim().split('\n').pop() ?? '') as Reply;
  };
  const tick = () => run('account', { Type: 'Timer', TriggerName: 'run-due-jobs', Time: new Date().toISOString() }, '');
  const sentTo = (openid: string) =>
    (existsSync(sentFile) ? readFileSync(sentFile, 'utf8').trim().split('\n').filter(Boolean) : [])
      .map((l) => JSON.parse(l) as { touser: string; templateId: string; data: Record<string, { value: string }> })
      .filter((m) => m.touser === openid);
  const bind = async (handle: string, openid: string) => {
    const person = await db().selectFrom('people').select('id').where('handle', '=', handle).executeTakeFirstOrThrow();
    await db()
      .insertInto('identities')
      .values({ provider: 'wechat', subject: openid, person_id: person.id, created_at: new Date().toISOString() })
      .execute();
    return person.id;
  };

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'sp-consent-'));
    sentFile = path.join(outDir, 'sent.jsonl');
    buildCloudInto(outDir);
    for (const fn of ['account', 'events']) installFakeWxServerSdk(path.join(outDir, fn));
    host = await startHost({ engine: 'postgres', jobIntervalMs: 0 });
  });
  afterAll(async () => {
    await host?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('sends event_promoted to the member who accepted the prompt on 排队候补, and not to one who refused it', async () => {
    const city = (await db().selectFrom('org_units').select('id').where('level', '=', 'city').executeTakeFirstOrThrow())
      .id;
    const now = Date.now();
    const created = await post<{ event: { id: number; title: string } }>(
      host.baseUrl,
      'events',
      {
        action: 'create',
        data: {
          title: '重阳节书法讲座',
          type: 'lecture',
          place: '老干部活动中心',
          startAt: new Date(now + 5 * 864e5).toISOString(),
          endAt: new Date(now + 5 * 864e5 + 36e5).toISOString(),
          capacity: 1,
          signupOpensAt: new Date(now - 6e4).toISOString(),
          signupClosesAt: new Date(now + 4 * 864e5).toISOString(),
          audienceOrgUnitId: city,
          mode: 'first_come',
        },
      },
      await token('admin'),
    );
    if (!created.body.ok) throw new Error(JSON.stringify(created.body));
    const eventId = created.body.data.event.id;

    // The one seat goes to member61 (on H5).
    const first = await post<{ status: string }>(
      host.baseUrl,
      'events',
      { action: 'signUp', data: { eventId } },
      await token('member61'),
    );
    expect(first.body).toMatchObject({ ok: true, data: { status: 'confirmed' } });

    // member62 taps 排队候补 in the mini-program and says yes to what that tap asks for.
    const consenting = 'oWX-consent-62';
    const consentingId = await bind('member62', consenting);
    expect(CONSENTS_FOR_ACTION.waitlist).toContain('event_promoted');
    expect(
      run(
        'account',
        { action: 'recordConsent', data: { templates: CONSENTS_FOR_ACTION.waitlist }, requestId: 'consent-62-a' },
        consenting,
      ),
    ).toMatchObject({ ok: true });
    expect(run('events', { action: 'signUp', data: { eventId } }, consenting)).toMatchObject({
      ok: true,
      data: { status: 'waitlisted' },
    });
    // member63 taps too, and refuses the prompt: nothing is recorded.
    const refusing = 'oWX-consent-63';
    const refusingId = await bind('member63', refusing);
    expect(run('events', { action: 'signUp', data: { eventId } }, refusing)).toMatchObject({
      ok: true,
      data: { status: 'waitlisted' },
    });

    // The seat frees up: member62 moves up, and the message waits in the outbox for the timer.
    expect(
      (await post(host.baseUrl, 'events', { action: 'cancel', data: { eventId } }, await token('member61'))).body,
    ).toMatchObject({ ok: true });
    const waiting = await db()
      .selectFrom('outbox')
      .select(['id', 'status', 'template'])
      .where('person_id', '=', consentingId)
      .execute();
    expect(waiting).toEqual([expect.objectContaining({ status: 'pending', template: 'event_promoted' })]);
    expect(sentTo(consenting)).toEqual([]);

    expect(tick()).toMatchObject({ ok: true });
    expect(sentTo(consenting)).toEqual([
      expect.objectContaining({
        templateId: 'TMPL-promoted-01',
        data: expect.objectContaining({ thing1: { value: '重阳节书法讲座' } }),
      }),
    ]);
    expect(
      await db().selectFrom('outbox').select('status').where('id', '=', waiting[0].id).executeTakeFirstOrThrow(),
    ).toEqual({ status: 'sent' });
    const left = await db()
      .selectFrom('subscribe_consents')
      .select('remaining')
      .where('person_id', '=', consentingId)
      .where('template', '=', 'event_promoted')
      .executeTakeFirstOrThrow();
    expect(left.remaining).toBe(0);

    // member62 gives the seat back: member63 moves up and reads it in 我的消息, but WeChat sends nothing.
    expect(run('events', { action: 'cancel', data: { eventId } }, consenting)).toMatchObject({ ok: true });
    const inbox = await db()
      .selectFrom('messages')
      .select('kind')
      .where('person_id', '=', refusingId)
      .where('kind', '=', 'event_promoted')
      .execute();
    expect(inbox).toHaveLength(1);
    expect(await db().selectFrom('outbox').select('id').where('person_id', '=', refusingId).execute()).toEqual([]);
    expect(tick()).toMatchObject({ ok: true });
    expect(sentTo(refusing)).toEqual([]);
  });
});
