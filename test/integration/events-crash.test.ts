// kill -9 of the host in the middle of a sign-up rush, on SQLite and PostgreSQL: no partial enrolment (every row has
// its audit row and the counters match the rows), every 报名成功 that reached a member is in the database, and after a
// restart the rest sign up with the seats still exactly filled.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { Client } from 'pg';
import { openDatabase, type Database } from '../../backend/data/database';
import { post } from '../support/api';
import { availableEngines } from '../support/engines';

const root = path.resolve(__dirname, '../..');
const SECRET = randomBytes(32).toString('hex');
const key = new TextEncoder().encode(SECRET);
const tokenFor = (personId: number) =>
  new SignJWT({ sv: 0 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(personId))
    .setIssuer('silver-pioneers')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);

jest.setTimeout(180_000);

function startHostProcess(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist/host/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DEMO_MODE: '1',
      SESSION_SECRET: SECRET,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${buffered.slice(-2000)}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"msg":"host ready","url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited early (${code}): ${buffered.slice(-2000)}`)));
  });
}

describe.each(availableEngines())('a host killed mid-rush on %s', (engine) => {
  let dataDir: string;
  let pgUrl: string | undefined;
  let pgName: string | undefined;
  let database: Database;

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-host.mjs'], { cwd: root, stdio: 'pipe' });
    dataDir = mkdtempSync(path.join(tmpdir(), 'sp-crash-'));
    if (engine === 'postgres') {
      pgName = `sp_crash_${randomBytes(5).toString('hex')}`;
      const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${pgName}`);
      await admin.end();
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${pgName}`;
      pgUrl = url.toString();
    }
  });
  afterAll(async () => {
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (pgName) {
      const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('keeps every invariant and every answer it gave', async () => {
    const env = { DATA_DIR: dataDir, DATABASE_URL: pgUrl ?? '' };
    const first = await startHostProcess(env);
    database = await openDatabase({ url: pgUrl, dataDir });
    const db = database.db;
    const admin = (await db.selectFrom('people').select('id').where('handle', '=', 'admin').executeTakeFirstOrThrow())
      .id;
    const city = (await db.selectFrom('org_units').select('id').where('level', '=', 'city').executeTakeFirstOrThrow())
      .id;
    const now = Date.now();
    const created = await post<{ event: { id: number } }>(
      first.url,
      'events',
      {
        action: 'create',
        data: {
          title: '断电演练讲座',
          type: 'lecture',
          place: '礼堂',
          startAt: new Date(now + 5 * 864e5).toISOString(),
          endAt: new Date(now + 5 * 864e5 + 36e5).toISOString(),
          capacity: 60,
          signupOpensAt: new Date(now - 6e4).toISOString(),
          signupClosesAt: new Date(now + 4 * 864e5).toISOString(),
          audienceOrgUnitId: city,
          mode: 'first_come',
        },
      },
      await tokenFor(admin),
    );
    if (!created.body.ok) throw new Error(JSON.stringify(created.body));
    const eventId = created.body.data.event.id;
    const people = (
      await db.selectFrom('people').select('id').where('handle', 'like', 'member%').orderBy('id').limit(300).execute()
    ).map((p) => p.id);

    // 300 members, 30 in flight; the host is killed with SIGKILL after the 100th answer.
    const told = new Map<number, string>();
    let next = 0;
    let killed = false;
    const lane = async () => {
      while (next < people.length && !killed) {
        const personId = people[next++];
        try {
          const r = await post<{ status: string }>(
            first.url,
            'events',
            { action: 'signUp', data: { eventId } },
            await tokenFor(personId),
          );
          if (r.body.ok) told.set(personId, r.body.data.status);
        } catch {
          // The line went down with the host: no answer reached this member.
        }
        if (told.size >= 100 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 30 }, lane));
    await new Promise<void>((resolve) =>
      first.child.exitCode !== null || first.child.signalCode !== null
        ? resolve()
        : first.child.once('exit', () => resolve()),
    );
    expect(first.child.signalCode).toBe('SIGKILL');

    const check = async () => {
      const rows = await db
        .selectFrom('enrolments')
        .select(['id', 'person_id', 'status'])
        .where('event_id', '=', eventId)
        .where('active', '=', 1)
        .execute();
      const ev = await db
        .selectFrom('events')
        .select(['confirmed', 'waitlisted', 'capacity'])
        .where('id', '=', eventId)
        .executeTakeFirstOrThrow();
      const audited = new Set(
        (
          await db
            .selectFrom('audit_log')
            .select('entity_id')
            .where('entity', '=', 'enrolment')
            .where('action', '=', 'signUp')
            .execute()
        ).map((a) => a.entity_id),
      );
      const confirmed = rows.filter((r) => r.status === 'confirmed');
      expect(ev.confirmed).toBe(confirmed.length);
      expect(ev.confirmed).toBeLessThanOrEqual(ev.capacity);
      expect(ev.waitlisted).toBe(rows.filter((r) => r.status === 'waitlisted').length);
      expect(rows.filter((r) => !audited.has(String(r.id)))).toEqual([]);
      return { rows, ev };
    };
    const afterCrash = await check();
    const byPerson = new Map(afterCrash.rows.map((r) => [r.person_id, r.status]));
    for (const [personId, status] of told) expect(byPerson.get(personId)).toBe(status);
    expect(told.size).toBeGreaterThanOrEqual(100);

    // Restarted on the same database, the members who got no answer press 报名 again.
    const second = await startHostProcess(env);
    try {
      for (const personId of people.filter((p) => !told.has(p))) {
        const r = await post<{ status: string }>(
          second.url,
          'events',
          { action: 'signUp', data: { eventId } },
          await tokenFor(personId),
        );
        expect(r.body.ok || (!r.body.ok && r.body.error.code === 'ALREADY_SIGNED_UP')).toBe(true);
      }
      const final = await check();
      expect(final.rows).toHaveLength(300);
      expect(final.ev).toMatchObject({ confirmed: 60, waitlisted: 240 });
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    }
  });
});
