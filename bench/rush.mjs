// Suite `rush`: the Shandong rush. N distinct members press 报名 over HTTP for M seats of one event, from a separate
// load process with up to 500 requests in flight, on SQLite and (when a PostgreSQL URL is given) PostgreSQL.
// Checked afterwards in the database: exactly M confirmed, the rest waitlisted, 0 oversold, 0 lost (everyone told
// 报名成功 holds a confirmed row), 0 5xx. Also, in the same run and against the same database, the floor of the work:
// a bare conditional-update sign-up (one transaction: UPDATE … confirmed < capacity, INSERT the row) with no HTTP,
// router, auth or audit; the ratio is signUp throughput over that floor.
// The people are seeded by the bench into its own database (the demo has 500 members).
// Sizes: RUSH_SIZES="36000x2000,5000x300" (default); engines: RUSH_ENGINES="sqlite,postgres" (default); PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (admin URL).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SignJWT } from 'jose';
import pg from 'pg';
import { createBenchDatabase } from './pg-database.mjs';
import { ensureHostBundle } from './host.mjs';
import { freePort, LOOPBACK, postJson, waitFor200 } from './net.mjs';
import { startChild, stopChild, tail } from './processes.mjs';
import { round } from './stats.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CONNECTIONS = 500;
const TARGET_RATIO_SQLITE = 0.4;
const TARGET_P99_MS = 1000;
const SECRET = randomBytes(32).toString('hex');

/** @typedef {import('./context.mjs').BenchContext} BenchContext */

function sizes() {
  return (process.env.RUSH_SIZES ?? '36000x2000,5000x300').split(',').map((s) => {
    const [people, seats] = s.split('x').map(Number);
    if (!(people > 0 && seats > 0)) throw new Error(`RUSH_SIZES: "${s}" is not <people>x<seats>`);
    return { people, seats };
  });
}

/** A small SQL runner over either engine: `?` placeholders, rows back. */
async function openSql(engine, where) {
  if (engine === 'sqlite') {
    const db = new Database(path.join(where, 'silver-pioneers.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    return {
      all: async (text, params = []) => db.prepare(text).all(...params),
      run: async (text, params = []) => db.prepare(text).run(...params),
      raw: db,
      close: async () => db.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: where, max: 20 });
  const num = (text) => {
    let i = 0;
    return text.replace(/\?/g, () => `$${++i}`);
  };
  return {
    all: async (text, params = []) => (await pool.query(num(text), params)).rows,
    run: async (text, params = []) => pool.query(num(text), params),
    pool,
    close: async () => pool.end(),
  };
}

function tokenFor(key, personId) {
  return new SignJWT({ sv: 0 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(personId))
    .setIssuer('silver-pioneers')
    .setIssuedAt()
    .setExpirationTime('1d')
    .sign(key);
}

/** Inserts `count` members into a branch (rush1 …) and answers their ids, in order. */
async function seedPeople(sql, engine, count, branchId, tag) {
  const at = new Date().toISOString();
  const ids = [];
  const CHUNK = 500;
  for (let start = 0; start < count; start += CHUNK) {
    const n = Math.min(CHUNK, count - start);
    const rows = Array.from({ length: n }, (_, i) => [
      `抢报${tag}-${start + i + 1}`,
      `rush${tag}-${start + i + 1}`,
      branchId,
      at,
      at,
    ]);
    const values = rows.map(() => '(?, ?, ?, ?, ?)').join(', ');
    const inserted = await sql.all(
      `insert into people (name, handle, org_unit_id, created_at, updated_at) values ${values} returning id`,
      rows.flat(),
    );
    const newIds = inserted.map((r) => Number(r.id));
    ids.push(...newIds);
    const grants = newIds.map((id) => [id, 'member', branchId, at]);
    await sql.run(
      `insert into role_grants (person_id, role, org_unit_id, created_at) values ${grants.map(() => '(?, ?, ?, ?)').join(', ')}`,
      grants.flat(),
    );
  }
  return ids;
}

/** The floor: the same sign-up as bare SQL against the same database, no HTTP, router, auth or audit. */
async function bareSignUps(sql, engine, personIds, capacity) {
  const at = new Date().toISOString();
  const [{ id: eventId }] = await sql.all(
    `insert into events (title, type, description, place, start_at, end_at, capacity, signup_opens_at, signup_closes_at, audience_org_unit_id, audience_path, mode, confirm_hours, created_by, created_at, updated_at)
     select 'bare floor', 'lecture', '', 'x', ?, ?, ?, ?, ?, id, path, 'first_come', 24, 1, ?, ? from org_units where level = 'city' returning id`,
    [
      new Date(Date.now() + 7 * 864e5).toISOString(),
      new Date(Date.now() + 7 * 864e5 + 36e5).toISOString(),
      capacity,
      at,
      new Date(Date.now() + 6 * 864e5).toISOString(),
      at,
      at,
    ],
  );
  const insert = `insert into enrolments (event_id, person_id, status, active, waitlist_no, signed_up_by, signed_up_at) values (?, ?, ?, 1, ?, ?, ?)`;
  const started = performance.now();
  if (engine === 'sqlite') {
    const db = sql.raw;
    const seat = db.prepare('update events set confirmed = confirmed + 1 where id = ? and confirmed < capacity');
    const wait = db.prepare(
      'update events set waitlist_seq = waitlist_seq + 1, waitlisted = waitlisted + 1 where id = ? returning waitlist_seq',
    );
    const add = db.prepare(insert);
    const one = db.transaction((personId) => {
      if (seat.run(eventId).changes === 1) add.run(eventId, personId, 'confirmed', null, personId, at);
      else add.run(eventId, personId, 'waitlisted', wait.get(eventId).waitlist_seq, personId, at);
    });
    for (const personId of personIds) one.immediate(personId);
  } else {
    let next = 0;
    const lane = async () => {
      const client = await sql.pool.connect();
      try {
        while (next < personIds.length) {
          const personId = personIds[next++];
          await client.query('begin');
          const r = await client.query(
            'update events set confirmed = confirmed + 1 where id = $1 and confirmed < capacity',
            [eventId],
          );
          if (r.rowCount === 1)
            await client.query(
              'insert into enrolments (event_id, person_id, status, active, waitlist_no, signed_up_by, signed_up_at) values ($1, $2, $3, 1, null, $2, $4)',
              [eventId, personId, 'confirmed', at],
            );
          else {
            const w = await client.query(
              'update events set waitlist_seq = waitlist_seq + 1, waitlisted = waitlisted + 1 where id = $1 returning waitlist_seq',
              [eventId],
            );
            await client.query(
              'insert into enrolments (event_id, person_id, status, active, waitlist_no, signed_up_by, signed_up_at) values ($1, $2, $3, 1, $4, $2, $5)',
              [eventId, personId, 'waitlisted', w.rows[0].waitlist_seq, at],
            );
          }
          await client.query('commit');
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: 20 }, lane));
  }
  const ms = performance.now() - started;
  const [{ c }] = await sql.all('select confirmed as c from events where id = ?', [eventId]);
  return { perSec: personIds.length / (ms / 1000), ms, confirmed: Number(c) };
}

/** RUSH_HOST_NODE_ARGS: node flags for the host, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where a rush goes. */
function hostNodeArgs() {
  const args = process.env.RUSH_HOST_NODE_ARGS?.trim();
  return args ? args.split(/\s+/) : [];
}

async function runLoad(ctx, { url, tokensFile, eventId }) {
  const child = startChild(
    process.execPath,
    [path.join(HERE, 'rush-client.mjs'), JSON.stringify({ url, tokensFile, eventId, connections: CONNECTIONS })],
    { cwd: ctx.root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stdout = tail(child.stdout, 5_000_000);
  const stderr = tail(child.stderr);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`rush client exited ${code}\n${stderr()}`);
  return JSON.parse(stdout().trim().split('\n').pop() ?? '{}');
}

/** One engine: a fresh database, the host on it, each size in turn, then the bare floor for each size. */
async function runEngine(ctx, engine) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sp-rush-'));
  ctx.cleanup(dataDir);
  const pgDb = engine === 'postgres' ? await createBenchDatabase(/** @type {string} */ (adminUrl), 'sp_rush') : null;
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: LOOPBACK,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    DEMO_MODE: '1',
    SESSION_SECRET: SECRET,
  };
  delete env.MEDIA_DIR;
  if (pgDb) env.DATABASE_URL = pgDb.url;
  else delete env.DATABASE_URL;
  const host = startChild(process.execPath, [...hostNodeArgs(), 'dist/host/main.js'], {
    cwd: ctx.root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const hostErr = tail(host.stderr);
  const sql = await openSql(engine, pgDb ? pgDb.url : dataDir);
  const key = new TextEncoder().encode(SECRET);
  const results = [];
  try {
    await waitFor200(`http://${LOOPBACK}:${port}/healthz`, {
      intervalMs: 100,
      timeoutMs: 300_000,
      child: host,
      stderr: hostErr,
    });
    const [branch] = await sql.all("select id from org_units where level = 'branch' order by id limit 1");
    const [city] = await sql.all("select id from org_units where level = 'city'");
    const [admin] = await sql.all("select id from people where handle = 'admin'");
    const adminToken = await tokenFor(key, Number(admin.id));
    for (const [n, { people, seats }] of sizes().entries()) {
      ctx.log(`rush/${engine}: seeding ${people} members …`);
      const ids = await seedPeople(sql, engine, people, Number(branch.id), `${n}`);
      const tokens = await Promise.all(ids.map((id) => tokenFor(key, id)));
      const tokensFile = path.join(dataDir, `tokens-${n}.json`);
      writeFileSync(tokensFile, JSON.stringify(tokens));
      const now = Date.now();
      const created = await postJson(
        `http://${LOOPBACK}:${port}/api/events`,
        {
          action: 'create',
          data: {
            title: `抢报测试${n}`,
            type: 'course',
            place: '老年大学',
            startAt: new Date(now + 7 * 864e5).toISOString(),
            endAt: new Date(now + 7 * 864e5 + 36e5).toISOString(),
            capacity: seats,
            signupOpensAt: new Date(now - 60_000).toISOString(),
            signupClosesAt: new Date(now + 6 * 864e5).toISOString(),
            audienceOrgUnitId: Number(city.id),
            mode: 'first_come',
          },
        },
        { authorization: `Bearer ${adminToken}` },
      );
      if (!created.json?.ok) throw new Error(`create failed: ${created.text}`);
      const eventId = created.json.data.event.id;
      ctx.log(`rush/${engine}: ${people} members sign up for ${seats} seats, ${CONNECTIONS} in flight …`);
      const load = await runLoad(ctx, { url: `http://${LOOPBACK}:${port}/api/events`, tokensFile, eventId });
      const [counts] = await sql.all(
        "select count(*) as rows, sum(case when status = 'confirmed' then 1 else 0 end) as confirmed, sum(case when status = 'waitlisted' then 1 else 0 end) as waitlisted from enrolments where event_id = ? and active = 1",
        [eventId],
      );
      const [ev] = await sql.all('select confirmed from events where id = ?', [eventId]);
      const confirmedRows = new Set(
        (await sql.all("select person_id from enrolments where event_id = ? and status = 'confirmed'", [eventId])).map(
          (r) => Number(r.person_id),
        ),
      );
      const lost = load.confirmedIndexes.filter((i) => !confirmedRows.has(ids[i])).length;
      const fiveXX = Object.entries(load.statuses)
        .filter(([s]) => Number(s) >= 500 || Number(s) === 0)
        .reduce((a, [, c]) => a + c, 0);
      results.push({
        engine,
        people,
        seats,
        connections: CONNECTIONS,
        signUpsPerSec: round(load.perSec),
        p50Ms: round(load.p50Ms),
        p99Ms: round(load.p99Ms),
        maxMs: round(load.maxMs),
        answers: load.answers,
        confirmedRows: Number(counts.confirmed),
        waitlistedRows: Number(counts.waitlisted),
        rows: Number(counts.rows),
        eventConfirmed: Number(ev.confirmed),
        oversold: Math.max(0, Number(counts.confirmed) - seats),
        lost,
        fiveXX,
        ids,
      });
    }
  } finally {
    await stopChild(host, { graceMs: 10_000 });
  }
  try {
    // The floor, with the host stopped: fresh members, the same database, the same sizes.
    for (const [n, r] of results.entries()) {
      ctx.log(`rush/${engine}: bare conditional-update floor, ${r.people} sign-ups …`);
      const ids = await seedPeople(
        sql,
        engine,
        r.people,
        (await sql.all("select id from org_units where level = 'branch' order by id limit 1"))[0].id,
        `bare${n}`,
      );
      const bare = await bareSignUps(sql, engine, ids, r.seats);
      r.bareSignUpsPerSec = round(bare.perSec);
      r.bareConfirmed = bare.confirmed;
      r.ratio = round(r.signUpsPerSec / bare.perSec, 3);
      delete r.ids;
      r.pass =
        r.confirmedRows === r.seats &&
        r.eventConfirmed === r.seats &&
        r.waitlistedRows === r.people - r.seats &&
        r.oversold === 0 &&
        r.lost === 0 &&
        r.fiveXX === 0 &&
        r.p99Ms <= TARGET_P99_MS &&
        (engine !== 'sqlite' || r.ratio >= TARGET_RATIO_SQLITE);
    }
  } finally {
    await sql.close();
    if (pgDb) await pgDb.drop();
  }
  return results;
}

export default {
  description:
    'events.signUp rush over HTTP: N members for M seats, exactly M confirmed, vs a bare conditional-update floor',
  /** @param {BenchContext} ctx */
  async run(ctx) {
    await ensureHostBundle(ctx);
    // RUSH_ENGINES="postgres" runs one engine only (default: SQLite, and PostgreSQL when a URL is given).
    const engines = (process.env.RUSH_ENGINES ?? 'sqlite,postgres')
      .split(',')
      .filter(
        (e) =>
          e === 'sqlite' || (e === 'postgres' && (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL)),
      );
    const runs = [];
    for (const engine of engines) runs.push(...(await runEngine(ctx, engine)));
    return { runs, pass: runs.every((r) => r.pass) };
  },
  /** @param {any} r */
  rows: (r) =>
    r.runs.flatMap((x) => [
      {
        label: `${x.engine} ${x.people}→${x.seats}: confirmed / waitlisted / oversold / lost / 5xx`,
        value: `${x.confirmedRows} / ${x.waitlistedRows} / ${x.oversold} / ${x.lost} / ${x.fiveXX}`,
        target: `${x.seats} / ${x.people - x.seats} / 0 / 0 / 0`,
        pass: x.confirmedRows === x.seats && x.oversold === 0 && x.lost === 0 && x.fiveXX === 0,
      },
      {
        label: `${x.engine} ${x.people}→${x.seats}: signUp/s, p50 / p99`,
        value: `${x.signUpsPerSec}/s, ${x.p50Ms} / ${x.p99Ms} ms`,
        target: `p99 ≤ ${TARGET_P99_MS} ms`,
        pass: x.p99Ms <= TARGET_P99_MS,
      },
      {
        label: `${x.engine} ${x.people}→${x.seats}: bare floor/s, ratio`,
        value: `${x.bareSignUpsPerSec}/s, ${x.ratio}`,
        target: x.engine === 'sqlite' ? `≥ ${TARGET_RATIO_SQLITE}` : undefined,
        pass: x.engine === 'sqlite' ? x.ratio >= TARGET_RATIO_SQLITE : undefined,
      },
    ]),
};
