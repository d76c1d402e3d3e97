// Suite `checkin`: the 9:00 burst and the hours lookup of 志愿服务, on SQLite and (when TEST_DATABASE_URL or
// BENCH_DATABASE_URL names a server) on PostgreSQL, through the bundled host over HTTP.
// - Burst: 2,000 volunteers, each signed up for a shift now at one of 100 posts, check in with the post's printed
//   signed code and a location inside its radius, arriving at random within 60 s. Then the database is counted:
//   every 200 answered must be exactly one open record (0 lost, 0 duplicated). Target p99 ≤ 500 ms.
// - myHours: one volunteer with 5 years of weekly records among 5,000 volunteers with as many (1.3 M transfers,
//   2.6 M movements), asked 300 times in a row. Target p99 ≤ 30 ms.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBenchDatabase } from './pg-database.mjs';
import { freePort, LOOPBACK, postJson, timedPost, waitFor200 } from './net.mjs';
import { openSql } from './sql-runner.mjs';
import { ensureHostBundle, hostEnv } from './host.mjs';
import { startChild, stopChild, tail } from './processes.mjs';
import { quantile, round } from './stats.mjs';

const POSTS = 100;
const VOLUNTEERS = 2_000;
const BURST_MS = 60_000;
const HOURS_VOLUNTEERS = 5_000;
const HOURS_WEEKS = 260;
const HOURS_CALLS = 300;
const TARGET_BURST_P99_MS = 500;
const TARGET_HOURS_P99_MS = 30;
const POST_LAT = 24.4798;
const POST_LNG = 118.0894;
const SCENE_SECRET = 'bench-checkin-scene-secret-0123456789abcdef';

const chinaNow = () => new Date(Date.now() + 8 * 3600_000);
const hhmm = (d) => d.toISOString().slice(11, 16);

async function runEngine(ctx, engine, adminUrl) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sp-bench-checkin-'));
  ctx.cleanup(dataDir);
  const pgDb = engine === 'postgres' ? await createBenchDatabase(adminUrl, 'sp_bench_checkin') : null;
  const dbUrl = pgDb?.url;
  const dropDb = async () => pgDb?.drop();
  const port = await freePort();
  const env = {
    ...hostEnv(port, dataDir),
    JOB_INTERVAL_MS: '0',
    SCENE_SECRET,
    ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
  };
  const child = startChild(process.execPath, ['dist/host/main.js'], {
    cwd: ctx.root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr = tail(child.stderr);
  const base = `http://${LOOPBACK}:${port}`;
  const sql = await (async () => {
    await waitFor200(`${base}/healthz`, { intervalMs: 100, timeoutMs: 300_000, child, stderr });
    return openSql(engine, dataDir, dbUrl);
  })();
  try {
    ctx.log(`checkin/${engine}: ${POSTS} posts with a shift now, ${VOLUNTEERS} volunteers signed up …`);
    const at = new Date().toISOString();
    const [root] = await sql.all(`select id from org_units where parent_id is null`);
    const branches = await sql.all(`select id from org_units where level = 'branch' order by id`);
    const now = chinaNow();
    const today = now.toISOString().slice(0, 10);
    const weekday = now.getUTCDay() === 0 ? 7 : now.getUTCDay();
    // The shift started 10 minutes ago and runs three hours: everyone is inside the ± 30-minute window.
    const starts = hhmm(new Date(now.getTime() - 10 * 60_000));
    const ends = hhmm(new Date(Math.min(now.getTime() + 3 * 3600_000, Date.parse(`${today}T23:59:00Z`))));
    const postIds = [];
    for (let p = 0; p < POSTS; p += 1) {
      await sql.run(
        `insert into vol_posts (name, kind, address, lat, lng, radius, org_unit_id, team_id, check_in_mode, walk_ins, window_minutes, min_share, open_hours, services_json, contact_name, contact_phone, totp_secret, created_at, updated_at)
         values ($1, '志愿服务驿站', '压测路', $2, $3, 200, $4, null, 'geo', 0, 30, 0.6, '', '[]', '', '', 'JBSWY3DPEHPK3PXP', $5, $5)`,
        [`压测驿站${p + 1}`, POST_LAT + p * 0.01, POST_LNG, root.id, at],
      );
    }
    for (const r of await sql.all(`select id from vol_posts where name like '压测驿站%' order by id`))
      postIds.push(r.id);
    const shiftIds = [];
    for (const postId of postIds)
      await sql.run(
        `insert into vol_shifts (post_id, weekday, starts, ends, capacity, service, created_at) values ($1, $2, $3, $4, 50, '值班', $5)`,
        [postId, weekday, starts, ends, at],
      );
    for (const r of await sql.all(
      `select id, post_id from vol_shifts where post_id in (${postIds.join(',')}) order by post_id`,
    ))
      shiftIds.push(r.id);
    for (let i = 0; i < VOLUNTEERS; i += 1) {
      const branch = branches[i % branches.length].id;
      await sql.run(
        `insert into people (name, handle, org_unit_id, phone, created_at, updated_at) values ($1, $2, $3, null, $4, $4)`,
        [`压测志愿者${i + 1}`, `benchvol${i + 1}`, branch, at],
      );
    }
    const people = await sql.all(`select id, org_unit_id from people where handle like 'benchvol%' order by id`);
    for (let i = 0; i < people.length; i += 200) {
      const chunk = people.slice(i, i + 200);
      await sql.run(
        `insert into role_grants (person_id, role, org_unit_id, created_at) values ${chunk.map((_, j) => `($${j * 2 + 1}, 'volunteer', $${j * 2 + 2}, '${at}')`).join(',')}`,
        chunk.flatMap((p) => [p.id, p.org_unit_id]),
      );
      await sql.run(
        `insert into vol_signups (shift_id, person_id, occurs_on, created_at) values ${chunk.map((_, j) => `($${j * 2 + 1}, $${j * 2 + 2}, '${today}', '${at}')`).join(',')}`,
        chunk.flatMap((p, j) => [shiftIds[(i + j) % POSTS], p.id]),
      );
    }

    const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
    const adminToken = (await postJson(`${base}/api/account`, { action: 'devLogin', data: { handle: 'admin' } })).json
      .data.token;
    // The printed code as qrcode.create makes it (one call here proves the format); the rest are signed with the
    // host's SCENE_SECRET, since qrcode.create allows a person 30 codes a minute.
    const made = JSON.parse(
      (
        await timedPost(
          agent,
          `${base}/api/qrcode`,
          { action: 'create', data: { type: 'checkin', id: postIds[0] } },
          adminToken,
        )
      ).text,
    );
    if (!made.ok) throw new Error(`qrcode.create: ${JSON.stringify(made)}`);
    const expiry = Math.floor(Date.now() / 1000 + 365 * 86_400).toString(36);
    const scenes = postIds.map((id) => {
      const body = `k.${id.toString(36)}.${expiry}`;
      return `${body}.${createHmac('sha256', SCENE_SECRET).update(body).digest('base64url').slice(0, 11)}`;
    });
    ctx.log(`checkin/${engine}: signing in ${VOLUNTEERS} volunteers …`);
    const tokens = [];
    for (let i = 0; i < VOLUNTEERS; i += 1)
      tokens.push(
        (await postJson(`${base}/api/account`, { action: 'devLogin', data: { handle: `benchvol${i + 1}` } })).json.data
          .token,
      );

    ctx.log(`checkin/${engine}: ${VOLUNTEERS} check-ins arriving at random within ${BURST_MS / 1000} s …`);
    const results = [];
    const started = performance.now();
    await Promise.all(
      tokens.map(
        (token, i) =>
          new Promise((resolve) => {
            setTimeout(async () => {
              const p = i % POSTS;
              const payload = {
                action: 'checkIn',
                requestId: `bench-${i}-checkin`,
                data: {
                  scene: scenes[p],
                  lat: POST_LAT + p * 0.01 + 0.0003,
                  lng: POST_LNG,
                  accuracy: 15,
                  clientId: `bench-client-${i}`,
                },
              };
              let r = await timedPost(agent, `${base}/api/volunteer`, payload, token);
              // A dropped line is sent again with the same requestId and clientId: it must not count twice.
              if (r.status === 0) r = await timedPost(agent, `${base}/api/volunteer`, payload, token);
              results.push({ ...r, i });
              resolve(undefined);
            }, Math.random() * BURST_MS);
          }),
      ),
    );
    const wallMs = performance.now() - started;
    agent.destroy();
    const okCount = results.filter((r) => r.status === 200).length;
    const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
    const [{ n: records }] = await sql.all(
      `select count(*) as n from vol_records where post_id in (${postIds.join(',')})`,
    );
    const [{ n: people_ }] = await sql.all(
      `select count(distinct person_id) as n from vol_records where post_id in (${postIds.join(',')})`,
    );
    const failures = [
      ...new Set(results.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.text.slice(0, 80)}`)),
    ].slice(0, 3);
    const burst = {
      sent: VOLUNTEERS,
      ok: okCount,
      records: Number(records),
      lost: okCount - Number(people_),
      duplicated: Number(records) - Number(people_),
      wallSec: round(wallMs / 1000, 1),
      p50Ms: round(quantile(sorted, 0.5), 1),
      p99Ms: round(quantile(sorted, 0.99), 1),
      maxMs: round(sorted[sorted.length - 1], 1),
      failures,
    };

    ctx.log(`checkin/${engine}: ${HOURS_VOLUNTEERS} volunteers × ${HOURS_WEEKS} weekly records in the ledger …`);
    const me = people[0].id;
    const [{ m: baseTransfer }] = await sql.all(`select coalesce(max(id), 0) as m from ledger_transfers`);
    const total = HOURS_VOLUNTEERS * HOURS_WEEKS;
    const startDay = new Date(Date.now() - HOURS_WEEKS * 7 * 86_400_000).toISOString().slice(0, 10);
    const account = `case when (i % ${HOURS_VOLUNTEERS}) = 0 then ${me} else 100000000 + (i % ${HOURS_VOLUNTEERS}) end`;
    if (engine === 'sqlite') {
      await sql.exec(`begin;
        with recursive n(i) as (select 0 union all select i + 1 from n where i < ${total - 1})
        insert into ledger_transfers (kind, record_id, reason, created_by, created_at) select 'service', null, null, null, '${at}' from n;
        with recursive n(i) as (select 0 union all select i + 1 from n where i < ${total - 1})
        insert into ledger_movements (transfer_id, account_kind, account_id, record_id, minutes, served_on, created_at)
          select ${baseTransfer} + 1 + i, 'member', ${account}, null, 180, date('${startDay}', '+' || ((i / ${HOURS_VOLUNTEERS}) * 7) || ' days'), '${at}' from n
          union all select ${baseTransfer} + 1 + i, 'post', ${postIds[0]}, null, -180, date('${startDay}', '+' || ((i / ${HOURS_VOLUNTEERS}) * 7) || ' days'), '${at}' from n;
        commit;`);
    } else {
      await sql.exec(
        `insert into ledger_transfers (kind, record_id, reason, created_by, created_at) select 'service', null, null, null, '${at}' from generate_series(0, ${total - 1})`,
      );
      await sql.exec(`insert into ledger_movements (transfer_id, account_kind, account_id, record_id, minutes, served_on, created_at)
          select ${baseTransfer} + 1 + i, k.kind, case when k.kind = 'member' then ${account} else ${postIds[0]} end, null, case when k.kind = 'member' then 180 else -180 end,
                 to_char(date '${startDay}' + ((i / ${HOURS_VOLUNTEERS}) * 7), 'YYYY-MM-DD'), '${at}'
          from generate_series(0, ${total - 1}) as i cross join (values ('member'), ('post')) as k(kind)`);
      await sql.exec('analyze ledger_movements');
    }
    const hoursAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const times = [];
    let answer = null;
    for (let c = 0; c < HOURS_CALLS; c += 1) {
      const r = await timedPost(hoursAgent, `${base}/api/volunteer`, { action: 'myHours', data: {} }, tokens[0]);
      if (r.status === 200) answer = JSON.parse(r.text).data;
      times.push(r.ms);
    }
    hoursAgent.destroy();
    times.sort((a, b) => a - b);
    const hours = {
      movements: total * 2,
      calls: HOURS_CALLS,
      p50Ms: round(quantile(times, 0.5), 1),
      p99Ms: round(quantile(times, 0.99), 1),
      answer,
    };
    return { burst, hours };
  } finally {
    await sql.close();
    await stopChild(child, { graceMs: 10_000 });
    await dropDb();
  }
}

export default {
  description: `志愿服务: ${VOLUNTEERS} check-ins across ${POSTS} posts within ${BURST_MS / 1000} s, and myHours among ${HOURS_VOLUNTEERS} volunteers with ${HOURS_WEEKS} weeks each`,
  /** @param {import('./context.mjs').BenchContext} ctx */
  async run(ctx) {
    await ensureHostBundle(ctx);
    const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    const engines = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
    const out = {};
    for (const engine of engines) out[engine] = await runEngine(ctx, engine, pgUrl);
    const pass = Object.values(out).every(
      (r) =>
        r.burst.ok === r.burst.sent &&
        r.burst.lost === 0 &&
        r.burst.duplicated === 0 &&
        r.burst.p99Ms <= TARGET_BURST_P99_MS &&
        r.hours.p99Ms <= TARGET_HOURS_P99_MS,
    );
    return { ...out, targetBurstP99Ms: TARGET_BURST_P99_MS, targetHoursP99Ms: TARGET_HOURS_P99_MS, pass };
  },
  /** @param {any} r */
  rows: (r) =>
    ['sqlite', 'postgres']
      .filter((e) => r[e])
      .flatMap((e) => [
        {
          label: `${e}: check-ins ok / records / lost / duplicated`,
          value: `${r[e].burst.ok} / ${r[e].burst.records} / ${r[e].burst.lost} / ${r[e].burst.duplicated} in ${r[e].burst.wallSec} s`,
          target: '0 lost, 0 duplicated',
          pass: r[e].burst.lost === 0 && r[e].burst.duplicated === 0 && r[e].burst.ok === r[e].burst.sent,
        },
        {
          label: `${e}: check-in p50 / p99 / max`,
          value: `${r[e].burst.p50Ms} / ${r[e].burst.p99Ms} / ${r[e].burst.maxMs} ms`,
          target: `p99 ≤ ${r.targetBurstP99Ms} ms`,
          pass: r[e].burst.p99Ms <= r.targetBurstP99Ms,
        },
        {
          label: `${e}: myHours p50 / p99 (${r[e].hours.movements} movements)`,
          value: `${r[e].hours.p50Ms} / ${r[e].hours.p99Ms} ms`,
          target: `p99 ≤ ${r.targetHoursP99Ms} ms`,
          pass: r[e].hours.p99Ms <= r.targetHoursP99Ms,
        },
      ]),
};
