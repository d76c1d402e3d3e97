// Suite `dashboard`: issue 22's targets for the 驾驶舱 on SQLite and on PostgreSQL (when TEST_DATABASE_URL names a
// server). For each engine: a full-size city (`npm run seed -- --members 42000`) with five years of activity
// (bench/dashboard-activity.mjs says how much), behind the bundled host, whose own job loop runs the nightly rollup:
// - the rollup's wall time, every slice, from its being due to the last slice done (target ≤ 60 s), with what each
//   panel cost (the slices' logs), while a member asks account.me every 40 ms (p99 ≤ 1 s, each timed from when due);
// - then dashboard.panels as the city admin at every level (the city, a district, a street, a community, a branch):
//   5 warm-up calls and 50 timed ones each, one at a time (p99 ≤ 300 ms). The action has no rate limit.
import readline from 'node:readline';
import { seedActivity } from './dashboard-activity.mjs';
import { ensureHostBundle, seedFullSizeCity } from './host.mjs';
import { api, freePort, LOOPBACK, waitFor200 } from './net.mjs';
import { whileProbing } from './probe.mjs';
import { startChild, stopChild, tail } from './processes.mjs';
import { openSql } from './sql-runner.mjs';
import { median, quantile, round } from './stats.mjs';

const MEMBERS = 42_000;
const PANEL_CALLS = 50;
const WARM_UP = 5;
const LEVELS = ['city', 'district', 'street', 'community', 'branch'];
const TARGETS = { rollupMs: 60_000, meP99Ms: 1_000, panelsP99Ms: 300 };
/** The rollup is given this long before the bench stops waiting and reports how far it got. */
const ROLLUP_LIMIT_MS = Number(process.env.BENCH_DASHBOARD_ROLLUP_LIMIT_S ?? 1200) * 1000;
const JOB_INTERVAL_MS = 200;
const ROLLUP_JOB = 'dashboard.rollup';
const ROLLUP_REST_JOB = 'dashboard.rollup-rest';

/** Sums the per-panel milliseconds the rollup's slices log (`sources`), from the host's JSON log lines. */
function rollupLog(stream) {
  /** @type {Record<string, number>} */
  const sources = {};
  /** Each slice's line as it came: when (performance.now()), units, its batches' and its units' milliseconds. */
  const timeline = [];
  let slices = 0;
  readline.createInterface({ input: stream }).on('line', (line) => {
    if (!line.includes('"dashboard rollup')) return;
    try {
      const entry = JSON.parse(line);
      slices += 1;
      timeline.push({ at: performance.now(), units: entry.units, batchMs: entry.batchMs, ms: entry.ms });
      for (const [key, ms] of Object.entries(entry.sources ?? {})) sources[key] = (sources[key] ?? 0) + ms;
    } catch {
      // Not one of ours.
    }
  });
  return { sources, timeline, slices: () => slices };
}

/** The unit of each level the panels are timed at: the biggest street, and the biggest of each level down its path. */
async function unitsByLevel(sql) {
  const units = await sql.all(`select id, level, path, name from org_units where closed_at is null`);
  const people = await sql.all(`select org_unit_id as id, count(*) as n from people group by org_unit_id`);
  const members = new Map(people.map((p) => [Number(p.id), Number(p.n)]));
  const under = (u) =>
    units.filter((x) => x.path.startsWith(u.path)).reduce((s, x) => s + (members.get(Number(x.id)) ?? 0), 0);
  const biggest = (list) => list.map((u) => ({ ...u, members: under(u) })).sort((a, b) => b.members - a.members)[0];
  const street = biggest(units.filter((u) => u.level === 'street'));
  const chain = {
    city: biggest(units.filter((u) => u.level === 'city')),
    district: biggest(units.filter((u) => u.level === 'district' && street.path.startsWith(u.path))),
    street,
    community: biggest(units.filter((u) => u.level === 'community' && u.path.startsWith(street.path))),
  };
  chain.branch = biggest(units.filter((u) => u.level === 'branch' && u.path.startsWith(chain.community.path)));
  return { chain, openUnits: units.length };
}

/** Waits for the rollup that became due at `since` to finish: the night's job queued again, no slice left. */
async function rollupFinished(sql, since, limitMs) {
  const deadline = performance.now() + limitMs;
  for (;;) {
    const [main] = await sql.all(`select status, run_at, updated_at from jobs where dedupe_key = $1`, [ROLLUP_JOB]);
    const rest = await sql.all(
      `select status, count(*) as n, max(finished_at) as last from jobs where kind = $1 and created_at >= $2 group by status`,
      [ROLLUP_REST_JOB, since],
    );
    const parked = rest.find((r) => r.status === 'parked') ?? (main.status === 'parked' ? main : null);
    if (parked) throw new Error(`the rollup parked a job: ${JSON.stringify(parked)}`);
    const left = rest.filter((r) => r.status === 'queued' || r.status === 'running').length;
    if (main.status === 'queued' && main.run_at > since && left === 0) {
      const lastRest = rest.find((r) => r.status === 'done')?.last ?? null;
      const end = [main.updated_at, lastRest].filter(Boolean).sort().pop();
      return { finished: true, endAt: end, slices: 1 + Number(rest.find((r) => r.status === 'done')?.n ?? 0) };
    }
    if (performance.now() > deadline) return { finished: false, endAt: new Date().toISOString(), slices: null };
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** dashboard.panels at each level, one call at a time after a warm-up: p50 and p99. */
async function timePanels(base, token, chain) {
  const panels = {};
  for (const level of LEVELS) {
    const unit = chain[level];
    const call = () => api(`${base}/api/dashboard`, { action: 'panels', data: { orgUnitId: Number(unit.id) } }, token);
    for (let i = 0; i < WARM_UP; i += 1) await call();
    const times = [];
    for (let i = 0; i < PANEL_CALLS; i += 1) times.push((await call()).ms);
    times.sort((a, b) => a - b);
    panels[level] = {
      unit: unit.name,
      members: unit.members,
      p50Ms: round(median(times)),
      p99Ms: round(quantile(times, 0.99)),
    };
  }
  return panels;
}

async function measureEngine(ctx, engine) {
  const { dataDir, databaseUrl, env, drop } = await seedFullSizeCity(ctx, engine, 'dashboard', MEMBERS);
  const sql = await openSql(engine, dataDir, databaseUrl);
  let child = null;
  try {
    ctx.log(`dashboard/${engine}: five years of activity …`);
    const activityStarted = performance.now();
    const activity = await seedActivity(sql, engine, new Date());
    ctx.log(
      `dashboard/${engine}: activity in ${Math.round(performance.now() - activityStarted)} ms: ${JSON.stringify(activity.volume)} ${JSON.stringify(activity.steps)}`,
    );
    // The night's rollup is put off until the bench is probing; the host's other recurring jobs run at its start.
    const at = new Date().toISOString();
    await sql.run(
      `insert into jobs (kind, payload_json, dedupe_key, status, run_at, created_at, updated_at)
       values ($1, '{}', $1, 'queued', '9999-12-31T00:00:00.000Z', $2, $2)`,
      [ROLLUP_JOB, at],
    );
    const { chain, openUnits } = await unitsByLevel(sql);

    /** The bundled host on this city, its job loop every `jobIntervalMs`. */
    const startHost = async (jobIntervalMs) => {
      const port = await freePort();
      child = startChild(process.execPath, [await ensureHostBundle(ctx)], {
        cwd: ctx.root,
        env: { ...env, PORT: String(port), LOG_LEVEL: 'info', JOB_INTERVAL_MS: String(jobIntervalMs) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const stderr = tail(child.stderr);
      const base = `http://${LOOPBACK}:${port}`;
      const log = rollupLog(child.stdout);
      await waitFor200(`${base}/healthz`, { child, stderr, timeoutMs: 120_000 });
      return { base, log };
    };
    const { base, log } = await startHost(JOB_INTERVAL_MS);
    const login = async (handle) =>
      (await api(`${base}/api/account`, { action: 'devLogin', data: { handle } })).data.token;
    const admin = await login('admin');
    const member = await login('member1');
    // The start-up jobs (the ledger check and the like) first, so the rollup is timed alone.
    for (let quiet = 0; quiet < 3;) {
      const busy = await sql.all(
        `select count(*) as n from jobs where status = 'running' or (status = 'queued' and run_at <= $1)`,
        [new Date().toISOString()],
      );
      quiet = Number(busy[0].n) === 0 ? quiet + 1 : 0;
      await new Promise((r) => setTimeout(r, 500));
    }

    ctx.log(`dashboard/${engine}: the nightly rollup of ${openUnits} units, account.me probed meanwhile …`);
    const me = () => api(`${base}/api/account`, { action: 'me', data: {} }, member);
    const due = new Date().toISOString();
    const started = performance.now();
    const {
      result: rollup,
      p99Ms: meP99Ms,
      probes: meProbes,
      failed: meFailed,
      worst: meWorst,
    } = await whileProbing(me, async () => {
      await sql.run(`update jobs set run_at = $1 where dedupe_key = $2`, [due, ROLLUP_JOB]);
      return rollupFinished(sql, due, ROLLUP_LIMIT_MS);
    });
    const rollupMs = rollup.finished
      ? Math.round(Date.parse(rollup.endAt) - Date.parse(due))
      : Math.round(performance.now() - started);
    const [{ n: unitsCounted }] = await sql.all(
      `select count(distinct org_unit_id) as n from dashboard_rollups where as_of >= $1`,
      [due],
    );
    ctx.log(
      `dashboard/${engine}: rollup ${rollup.finished ? 'done' : 'NOT finished'} in ${rollupMs} ms (${unitsCounted} units)`,
    );
    const sources = Object.entries(log.sources)
      .sort((a, b) => b[1] - a[1])
      .map(([key, ms]) => ({ key, ms }));

    const timeline = log.timeline.map((t) => ({ ...t, at: Math.round(t.at - started) }));
    ctx.log(
      `dashboard/${engine}: account.me p99 ${meP99Ms} ms over ${meProbes} calls (${meFailed} failed), slowest ${JSON.stringify(meWorst)}; slices ${JSON.stringify(timeline)}`,
    );
    // Unfinished, the panels would count live whatever was not counted yet (for the city that is minutes a call).
    const panels = rollup.finished ? await timePanels(base, admin, chain) : null;
    return {
      members: MEMBERS,
      volume: activity.volume,
      openUnits,
      unitsCounted: Number(unitsCounted),
      rollup: { finished: rollup.finished, ms: rollupMs, slices: rollup.slices ?? log.slices(), sources },
      meP99Ms,
      meProbes,
      meFailed,
      meWorst,
      timeline,
      panels,
    };
  } finally {
    await sql.close();
    if (child) await stopChild(child, { graceMs: 10_000 });
    await drop();
  }
}

const volumeWords = (v) =>
  `${v.study_days} study days, ${v.vol_records} volunteer records, ${v.events} events / ${v.enrolments} sign-ups, ` +
  `${v.notices} notices / ${v.notice_receipts} receipts, ${v.tb_visits} time-bank visits, ` +
  `${v.casework_visits} 民情 visits / ${v.casework_cases} cases, ${v.talent_requests} talent requests`;

export default {
  description: `驾驶舱: the nightly rollup, account.me meanwhile and dashboard.panels at every level, on a ${MEMBERS}-member city with five years of activity, SQLite and PostgreSQL`,
  /** @param {import('./context.mjs').BenchContext} ctx */
  async run(ctx) {
    const result = { sqlite: await measureEngine(ctx, 'sqlite') };
    if (process.env.TEST_DATABASE_URL) result.postgres = await measureEngine(ctx, 'postgres');
    else ctx.log('dashboard: TEST_DATABASE_URL is not set, PostgreSQL skipped');
    return result;
  },
  rows(result) {
    return Object.entries(result).flatMap(([engine, r]) => [
      {
        label: `${engine}: nightly rollup of ${r.openUnits} units × 18 panels (${r.members} members; ${volumeWords(r.volume)})`,
        value: r.rollup.finished
          ? `${round(r.rollup.ms / 1000)} s in ${r.rollup.slices} slices`
          : `not finished after ${round(r.rollup.ms / 1000)} s (${r.unitsCounted} of ${r.openUnits} units)`,
        target: `≤ ${TARGETS.rollupMs / 1000} s`,
        pass: r.rollup.finished && r.rollup.ms <= TARGETS.rollupMs,
      },
      {
        label: `${engine}: where the rollup's time went (top panels, ms summed over its slices)`,
        value: r.rollup.sources
          .slice(0, 6)
          .map((s) => `${s.key} ${s.ms}`)
          .join(', '),
      },
      {
        label: `${engine}: account.me p99 for a member while the rollup runs (every 40 ms)`,
        value: `${r.meP99Ms} ms (${r.meProbes} calls${r.meFailed ? `, ${r.meFailed} not answered within 10 s` : ''})`,
        target: `≤ ${TARGETS.meP99Ms} ms`,
        pass: r.meP99Ms <= TARGETS.meP99Ms,
      },
      ...(r.panels
        ? LEVELS.map((level) => ({
            label: `${engine}: dashboard.panels p50 / p99 as the city admin, ${level} (${r.panels[level].unit}, ${r.panels[level].members} members)`,
            value: `${r.panels[level].p50Ms} / ${r.panels[level].p99Ms} ms`,
            target: `p99 ≤ ${TARGETS.panelsP99Ms} ms`,
            pass: r.panels[level].p99Ms <= TARGETS.panelsP99Ms,
          }))
        : [
            {
              label: `${engine}: dashboard.panels at every level`,
              value: 'not measured: the rollup did not finish, so the panels would count live',
              target: `p99 ≤ ${TARGETS.panelsP99Ms} ms`,
              pass: false,
            },
          ]),
    ]);
  },
};
