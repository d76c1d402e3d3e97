// Two host processes (the built bundle, `node main.js`) on one PostgreSQL database race for the same due jobs,
// each polling every 20 ms: every job runs exactly once, and both hosts take part.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DELIVER_SUBSCRIBE_MESSAGE, notifyEach } from '../../backend/data/messages';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';

const root = path.resolve(__dirname, '../..');
const hasPostgres = availableEngines().includes('postgres');
const JOBS = 300;

interface RacingHost {
  child: ChildProcess;
  /** Job ids this process logged as done. */
  done: number[];
  output: () => string;
  exited: Promise<number | null>;
}

(hasPostgres ? describe : describe.skip)('two host processes racing for jobs on PostgreSQL', () => {
  let buildDir: string;
  let host: TestHost;
  const racers: RacingHost[] = [];

  function spawnHost(name: string): Promise<RacingHost> {
    const dataDir = mkdtempSync(path.join(tmpdir(), `sp-race-${name}-`));
    const child = spawn(process.execPath, [path.join(buildDir, 'main.js')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: host.databaseUrl,
        DEMO_MODE: '0',
        LOG_LEVEL: 'info',
        JOB_INTERVAL_MS: '20',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    const racer: RacingHost = {
      child,
      done: [],
      output: () => text.slice(-4000),
      exited: new Promise((resolve) =>
        child.once('exit', (code) => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve(code);
        }),
      ),
    };
    let pending = '';
    const read = (chunk: Buffer) => {
      text += chunk.toString();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg: string; job?: number; kind?: string };
        if (entry.msg === 'job done' && entry.kind === DELIVER_SUBSCRIBE_MESSAGE && entry.job !== undefined)
          racer.done.push(entry.job);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host ${name} did not start: ${racer.output()}`)), 20_000);
      const ready = () => {
        if (!/"msg":"host ready"/.test(text)) return;
        clearTimeout(timer);
        child.stdout?.off('data', ready);
        resolve(racer);
      };
      child.stdout?.on('data', ready);
      child.once('exit', (code) => reject(new Error(`host ${name} exited early (${code}): ${racer.output()}`)));
    });
  }

  beforeAll(async () => {
    buildDir = mkdtempSync(path.join(tmpdir(), 'sp-race-build-'));
    execFileSync(process.execPath, ['scripts/build-host.mjs', buildDir], { cwd: root, stdio: 'pipe' });
    // The bundle lives in a temp folder (not dist/host, which others may be running): its external packages come
    // from the project.
    symlinkSync(path.join(root, 'node_modules'), path.join(buildDir, 'node_modules'), 'dir');
    // Creates, migrates and seeds the database; runs no jobs itself.
    host = await startHost({ engine: 'postgres', jobIntervalMs: 0 });
    racers.push(await spawnHost('a'), await spawnHost('b'));
  }, 60_000);

  afterAll(async () => {
    for (const r of racers) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    await host?.stop();
    rmSync(buildDir, { recursive: true, force: true });
  });

  it('runs each job exactly once between them', async () => {
    const db = host.deps.database.db;
    // JOBS members who consented to notices, and one notice to all of them: JOBS delivery jobs, due at once.
    const people = (
      await db.selectFrom('people').select('id').where('handle', 'like', 'member%').orderBy('id').limit(JOBS).execute()
    ).map((p) => p.id);
    const at = new Date().toISOString();
    await db
      .insertInto('subscribe_consents')
      .values(people.map((id) => ({ person_id: id, template: 'notice_posted', remaining: 1, updated_at: at })))
      .execute();
    const { outboxIds } = await db.transaction().execute((trx) =>
      notifyEach(
        trx,
        people,
        {
          kind: 'notice_posted',
          text: '支部发了一条新通知，请您看一看。',
          link: null,
          subscribe: { template: 'notice_posted', data: { title: '通知' } },
        },
        new Date(),
      ),
    );
    expect(outboxIds).toHaveLength(JOBS);

    const deadline = Date.now() + 30_000;
    const settled = async () =>
      (
        await db
          .selectFrom('jobs')
          .select('id')
          .where('kind', '=', DELIVER_SUBSCRIBE_MESSAGE)
          .where('status', '=', 'done')
          .execute()
      ).length;
    while ((await settled()) < JOBS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

    const jobs = await db
      .selectFrom('jobs')
      .select(['id', 'status', 'attempts'])
      .where('kind', '=', DELIVER_SUBSCRIBE_MESSAGE)
      .execute();
    expect(jobs).toHaveLength(JOBS);
    expect(jobs.filter((j) => j.status !== 'done' || j.attempts !== 1)).toEqual([]);
    // Give the last log lines time to arrive, then count who ran what.
    await new Promise((r) => setTimeout(r, 300));
    const all = racers.flatMap((r) => r.done);
    expect(all).toHaveLength(JOBS);
    expect(new Set(all).size).toBe(JOBS);
    expect(racers.map((r) => r.done.length).every((n) => n > 0)).toBe(true);
    // The host has no WeChat: every message was marked skipped, once.
    const outbox = await db.selectFrom('outbox').select(['status', 'attempts']).where('id', 'in', outboxIds).execute();
    expect(outbox.every((o) => o.status === 'skipped' && o.attempts === 1)).toBe(true);
  });

  it('stops both hosts cleanly on SIGTERM while they poll', async () => {
    for (const r of racers) r.child.kill('SIGTERM');
    expect(await Promise.all(racers.map((r) => r.exited))).toEqual([0, 0]);
  });
});
