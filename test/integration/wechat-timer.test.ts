// WeChat's timer trigger, as WeChat would run it: the `build:cloud` account bundle's main({ Type: 'Timer', … })
// with no OPENID runs due jobs against real PostgreSQL and delivers a subscribe message through the real adapter;
// only wx-server-sdk is faked (test/support/fake-wx-server-sdk). A caller cannot pass as the timer.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { notify } from '../../backend/data/messages';
import { post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { buildCloudInto } from '../support/cloud-build';

const root = path.resolve(__dirname, '../..');
const hasPostgres = availableEngines().includes('postgres');

describe('the WeChat timer trigger', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'sp-timer-'));
    buildCloudInto(outDir);
    const fake = path.join(outDir, 'account', 'node_modules', 'wx-server-sdk');
    mkdirSync(fake, { recursive: true });
    cpSync(path.join(root, 'test/support/fake-wx-server-sdk/index.js'), path.join(fake, 'index.js'));
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is declared on the account function, every minute, with the permission to send subscribe messages', () => {
    const config = JSON.parse(readFileSync(path.join(outDir, 'account', 'config.json'), 'utf8')) as {
      triggers: { name: string; type: string; config: string }[];
      permissions: { openapi: string[] };
    };
    expect(config.triggers).toEqual([{ name: 'run-due-jobs', type: 'timer', config: '0 */1 * * * * *' }]);
    expect(config.triggers[0].config.split(' ')).toHaveLength(7);
    expect(config.permissions.openapi).toContain('subscribeMessage.send');
    // Only the fields WeChat documents for config.json; 超时时间 is set in the console (docs/WECHAT-DEPLOY.md).
    expect(Object.keys(config).sort()).toEqual(['permissions', 'triggers']);
    for (const other of ['audiobooks', 'qrcode']) {
      expect(JSON.parse(readFileSync(path.join(outDir, other, 'config.json'), 'utf8')).triggers).toBeUndefined();
    }
  });

  (hasPostgres ? describe : describe.skip)('against PostgreSQL', () => {
    let host: TestHost;
    let sentFile: string;
    const templates = JSON.stringify({ notice_posted: { id: 'TMPL-notice-0001', fields: { title: 'thing1' } } });
    const timerEvent = { Type: 'Timer', TriggerName: 'run-due-jobs', Time: '2026-12-01T01:00:00Z' };
    const run = (event: unknown, env: Record<string, string> = {}) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [path.join(root, 'test/support/run-cloud-function.js'), path.join(outDir, 'account'), JSON.stringify(event)],
          {
            env: {
              ...process.env,
              LOG_LEVEL: 'error',
              DATABASE_URL: host.databaseUrl as string,
              SUBSCRIBE_TEMPLATES: templates,
              FAKE_WX_SENT_FILE: sentFile,
              FAKE_WX_OPENID: '',
              ...env,
            },
            encoding: 'utf8',
          },
        ),
      ) as {
        ok: boolean;
        data?: { done: number; retrying: number; parked: number };
        error?: { code: string; message: string };
      };
    const sent = () =>
      existsSync(sentFile)
        ? readFileSync(sentFile, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map(
              (l) =>
                JSON.parse(l) as {
                  touser: string;
                  templateId: string;
                  page: string;
                  data: Record<string, { value: string }>;
                },
            )
        : [];
    const db = () => host.deps.database.db;

    /** A member bound to a WeChat OPENID with one consent, and a notice notification waiting in the outbox. */
    async function pendingNotice(handle: string, openid: string) {
      const person = await db()
        .selectFrom('people')
        .select('id')
        .where('handle', '=', handle)
        .executeTakeFirstOrThrow();
      const at = new Date().toISOString();
      await db()
        .insertInto('identities')
        .values({ provider: 'wechat', subject: openid, person_id: person.id, created_at: at })
        .execute();
      await db()
        .insertInto('subscribe_consents')
        .values({ person_id: person.id, template: 'notice_posted', remaining: 1, updated_at: at })
        .execute();
      const { outboxIds } = await db()
        .transaction()
        .execute((trx) =>
          notify(
            trx,
            person.id,
            {
              kind: 'notice_posted',
              text: '支部发了一条新通知，请您看一看。',
              link: { page: '/subpackages/notices/detail/index', params: { id: '3' } },
              subscribe: { template: 'notice_posted', data: { title: '十二月组织生活会安排' } },
            },
            new Date(),
          ),
        );
      return outboxIds[0];
    }
    const outbox = (id: number) => db().selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    beforeAll(async () => {
      host = await startHost({ engine: 'postgres', jobIntervalMs: 0 });
      sentFile = path.join(outDir, 'sent.jsonl');
    });
    afterAll(async () => {
      await host?.stop();
    });

    it('runs due jobs on a timer event and sends the subscribe message through WeChat', async () => {
      const outboxId = await pendingNotice('member41', 'oWX-timer-41');
      const reply = run(timerEvent);
      expect(reply).toMatchObject({ ok: true, data: { parked: 0 } });
      expect(reply.data?.done).toBeGreaterThanOrEqual(1);
      expect(sent()).toEqual([
        {
          touser: 'oWX-timer-41',
          templateId: 'TMPL-notice-0001',
          page: 'subpackages/notices/detail/index?id=3',
          data: { thing1: { value: '十二月组织生活会安排' } },
          miniprogramState: 'formal',
          lang: 'zh_CN',
        },
      ]);
      expect(await outbox(outboxId)).toMatchObject({ status: 'sent', attempts: 1 });
      // The recurring housekeeping jobs were put on the table by the first timer run.
      const recurring = await db()
        .selectFrom('jobs')
        .select(['kind', 'status'])
        .where('kind', 'in', ['replay-keys.prune', 'finished-work.prune'])
        .execute();
      expect(recurring.map((j) => j.kind).sort()).toEqual(['finished-work.prune', 'replay-keys.prune']);
    });

    it('keeps the message pending when WeChat is busy, and sends it on a later tick', async () => {
      const outboxId = await pendingNotice('member42', 'oWX-timer-42');
      expect(run(timerEvent, { FAKE_WX_SEND_ERRCODE: '-1' })).toMatchObject({ ok: true, data: { retrying: 1 } });
      expect(await outbox(outboxId)).toMatchObject({ status: 'pending', attempts: 1 });
      // The backoff is 30 s: bring the job's due time forward instead of waiting.
      await db()
        .updateTable('jobs')
        .set({ run_at: new Date(Date.now() - 1000).toISOString() })
        .where('dedupe_key', '=', `subscribe-message.deliver:${outboxId}`)
        .execute();
      expect(run(timerEvent)).toMatchObject({ ok: true, data: { done: 1 } });
      expect(await outbox(outboxId)).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('treats a timer-shaped call from a mini-program user as an ordinary call, and refuses it', () => {
      expect(run(timerEvent, { FAKE_WX_OPENID: 'oWX-someone' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    });

    it('does not run jobs for a timer-shaped request to the host', async () => {
      const reply = await post(host.baseUrl, 'account', timerEvent);
      expect(reply.status).toBe(400);
      expect(!reply.body.ok && reply.body.error.code).toBe('VALIDATION');
    });
  });
});
