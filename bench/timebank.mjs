// Suite `timebank`: the time bank's balance among 20,000 members with 5 years of monthly history, and 1,000
// confirmations at once, on SQLite and (when TEST_DATABASE_URL or BENCH_DATABASE_URL names a server) PostgreSQL,
// through the bundled host over HTTP.
// - balance: one member asks timebank.balance 300 times in a row; the ledger holds 20,000 members × 60 months of
//   transfers (1.2 M transfers, 2.4 M movements), each member's cached balance beside it. Target p99 ≤ 20 ms.
// - confirmations: 1,000 visits waiting for their counter-signature, confirmed by their 100 elders at once (64 in
//   flight), each with a second tap for 100 of them. Then counted: every visit confirmed by exactly one transfer
//   (0 lost, 0 double-credited), and the sum of all movements 0.
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

const MEMBERS = 20_000;
const MONTHS = 60;
const BALANCE_CALLS = 300;
const VISITS = 1_000;
const ELDERS = 100;
const IN_FLIGHT = 64;
const TARGET_BALANCE_P99_MS = 20;

async function runEngine(ctx, engine, adminUrl) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sp-bench-timebank-'));
  ctx.cleanup(dataDir);
  const pgDb = engine === 'postgres' ? await createBenchDatabase(adminUrl, 'sp_bench_timebank') : null;
  const dbUrl = pgDb?.url;
  const port = await freePort();
  const env = { ...hostEnv(port, dataDir), JOB_INTERVAL_MS: '0', ...(dbUrl ? { DATABASE_URL: dbUrl } : {}) };
  const child = startChild(process.execPath, ['dist/host/main.js'], {
    cwd: ctx.root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr = tail(child.stderr);
  const base = `http://${LOOPBACK}:${port}`;
  await waitFor200(`${base}/healthz`, { intervalMs: 100, timeoutMs: 300_000, child, stderr });
  const sql = await openSql(engine, dataDir, dbUrl);
  try {
    ctx.log(`timebank/${engine}: ${MEMBERS} members with ${MONTHS} months of time-bank history …`);
    const at = new Date().toISOString();
    const branches = await sql.all(`select id from org_units where level = 'branch' order by id`);
    const birth = new Date().getUTCFullYear() - 85;
    if (engine === 'sqlite') {
      await sql.exec(`begin;
        with recursive n(i) as (select 1 union all select i + 1 from n where i < ${MEMBERS})
        insert into people (name, handle, org_unit_id, phone, birth_year, created_at, updated_at)
          select '压测成员' || i, 'benchtb' || i, json_extract('[${branches.map((b) => b.id).join(',')}]', '$[' || (i % ${branches.length}) || ']'), null, ${birth}, '${at}', '${at}' from n;
        commit;`);
    } else {
      await sql.exec(`insert into people (name, handle, org_unit_id, phone, birth_year, created_at, updated_at)
        select '压测成员' || i, 'benchtb' || i, (array[${branches.map((b) => b.id).join(',')}])[1 + (i % ${branches.length})], null, ${birth}, '${at}', '${at}'
        from generate_series(1, ${MEMBERS}) as i`);
    }
    const [{ lo, hi }] = await sql.all(`select min(id) as lo, max(id) as hi from people where handle like 'benchtb%'`);
    const first = Number(lo);
    await sql.exec(
      `insert into role_grants (person_id, role, org_unit_id, created_at) select id, 'member', org_unit_id, '${at}' from people where handle like 'benchtb%'`,
    );
    // Each member earns 2 hours a month from the bureau's account and, every other month, spends 1 back.
    const [{ m: baseTransfer }] = await sql.all(`select coalesce(max(id), 0) as m from ledger_transfers`);
    const total = MEMBERS * MONTHS;
    const start = new Date(Date.now() - MONTHS * 30 * 86_400_000);
    const day = (i) => `date('${start.toISOString().slice(0, 10)}', '+' || ((${i} / ${MEMBERS}) * 30) || ' days')`;
    if (engine === 'sqlite') {
      await sql.exec(`begin;
        with recursive n(i) as (select 0 union all select i + 1 from n where i < ${total - 1})
        insert into ledger_transfers (kind, record_id, reason, created_by, created_at) select 'visit', null, 'bench', null, ${day('i')} || 'T02:00:00.000Z' from n;
        with recursive n(i) as (select 0 union all select i + 1 from n where i < ${total - 1})
        insert into ledger_movements (transfer_id, account_kind, account_id, record_id, minutes, served_on, created_at)
          select ${baseTransfer} + 1 + i, 'timebank', ${first} + (i % ${MEMBERS}), null, case when (i / ${MEMBERS}) % 2 = 0 then 120 else -60 end, ${day('i')}, ${day('i')} || 'T02:00:00.000Z' from n
          union all select ${baseTransfer} + 1 + i, 'bureau', 0, null, case when (i / ${MEMBERS}) % 2 = 0 then -120 else 60 end, ${day('i')}, ${day('i')} || 'T02:00:00.000Z' from n;
        commit;`);
    } else {
      const d = `to_char(date '${start.toISOString().slice(0, 10)}' + ((i / ${MEMBERS}) * 30), 'YYYY-MM-DD')`;
      await sql.exec(
        `insert into ledger_transfers (kind, record_id, reason, created_by, created_at) select 'visit', null, 'bench', null, ${d} || 'T02:00:00.000Z' from generate_series(0, ${total - 1}) as i`,
      );
      await sql.exec(`insert into ledger_movements (transfer_id, account_kind, account_id, record_id, minutes, served_on, created_at)
        select ${baseTransfer} + 1 + i, k.kind, case when k.kind = 'timebank' then ${first} + (i % ${MEMBERS}) else 0 end,
               null, case when ((i / ${MEMBERS}) % 2 = 0) = (k.kind = 'timebank') then 120 else -120 end / case when (i / ${MEMBERS}) % 2 = 0 then 1 else 2 end,
               ${d}, ${d} || 'T02:00:00.000Z'
        from generate_series(0, ${total - 1}) as i cross join (values ('timebank'), ('bureau')) as k(kind)`);
    }
    // The cached balances, as the transfers keep them.
    await sql.exec(`delete from tb_balances`);
    await sql.exec(`insert into tb_balances (account_kind, account_id, minutes, last_activity_at)
      select account_kind, account_id, sum(minutes), max(created_at) from ledger_movements where account_kind in ('timebank', 'pool') group by account_kind, account_id`);
    if (engine === 'postgres') await sql.exec('analyze');

    const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
    const login = async (handle) =>
      (await postJson(`${base}/api/account`, { action: 'devLogin', data: { handle } })).json.data.token;
    const meToken = await login('benchtb1');
    const single = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const times = [];
    let answer = null;
    for (let c = 0; c < BALANCE_CALLS; c += 1) {
      const r = await timedPost(single, `${base}/api/timebank`, { action: 'balance', data: {} }, meToken);
      if (r.status === 200) answer = JSON.parse(r.text).data;
      times.push(r.ms);
    }
    single.destroy();
    times.sort((a, b) => a - b);
    const balance = {
      movements: total * 2,
      calls: BALANCE_CALLS,
      p50Ms: round(quantile(times, 0.5), 1),
      p99Ms: round(quantile(times, 0.99), 1),
      answer: answer ? { balance: answer.balance, sentence: answer.sentence } : null,
    };

    ctx.log(`timebank/${engine}: ${VISITS} visits waiting for ${ELDERS} elders' counter-signature …`);
    const elders = Array.from({ length: ELDERS }, (_, i) => first + i);
    const helpers = Array.from({ length: 50 }, (_, i) => Number(hi) - i);
    for (const e of elders)
      await sql.run(
        `insert into tb_cards (person_id, issued_at, issued_by, lost_at, lost_by) values ($1, $2, $1, null, null)`,
        [e, at],
      );
    const cards = new Map(
      (await sql.all(`select id, person_id from tb_cards`)).map((c) => [Number(c.person_id), Number(c.id)]),
    );
    const ended = new Date(Date.now() - 3600_000).toISOString();
    const began = new Date(Date.now() - 2 * 3600_000).toISOString();
    const confirmBy = new Date(Date.now() + 71 * 3600_000).toISOString();
    for (let i = 0; i < VISITS; i += 1) {
      const elder = elders[i % ELDERS];
      const helper = helpers[i % helpers.length];
      await sql.run(
        `insert into help_requests (person_id, org_unit_id, requested_by, category, service, starts_at, ends_at, place, urgency, note, status, helper_id, matched_at, source, source_ref, approved_by, closed_at, close_reason, created_at, updated_at)
         values ($1, (select org_unit_id from people where id = $1), $1, '文化养老', '陪聊', $2, $3, '家里', 'normal', null, 'visited', $4, $2, 'timebank', null, null, null, null, $2, $3)`,
        [elder, began, ended, helper],
      );
      await sql.run(
        `insert into tb_visits (request_id, helper_id, elder_id, card_id, status, check_in_at, check_out_at, minutes, flags, confirm_by, confirmed_for_elder, created_at, updated_at)
         values ((select max(id) from help_requests), $1, $2, $3, 'awaiting_confirmation', $4, $5, $6, '[]', $7, 0, $4, $5)`,
        [helper, elder, cards.get(elder), began, ended, 30 + (i % 4) * 15, confirmBy],
      );
    }
    const visits = await sql.all(
      `select id, elder_id, minutes from tb_visits where status = 'awaiting_confirmation' order by id`,
    );
    const tokens = new Map();
    for (const e of elders) tokens.set(e, await login(`benchtb${e - first + 1}`));
    const queue = [...visits, ...visits.slice(0, 100)];
    const results = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let v = queue.shift(); v; v = queue.shift()) {
          const r = await timedPost(
            agent,
            `${base}/api/timebank`,
            { action: 'confirm', data: { visitId: v.id } },
            tokens.get(Number(v.elder_id)),
          );
          results.push(r);
        }
      }),
    );
    const wallMs = performance.now() - started;
    agent.destroy();
    const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
    const ids = visits.map((v) => v.id).join(',');
    const [{ n: confirmed }] = await sql.all(
      `select count(*) as n from tb_visits where id in (${ids}) and status = 'confirmed'`,
    );
    const [{ n: transfers }] = await sql.all(
      `select count(*) as n from ledger_transfers where reason in (${visits.map((v) => `'visit:${v.id}'`).join(',')})`,
    );
    const [{ s: sum }] = await sql.all(`select coalesce(sum(minutes), 0) as s from ledger_movements`);
    const confirmations = {
      sent: results.length,
      ok: results.filter((r) => r.status === 200).length,
      confirmed: Number(confirmed),
      lost: VISITS - Number(confirmed),
      doubleCredited: Number(transfers) - Number(confirmed),
      sumOfMovements: Number(sum),
      wallSec: round(wallMs / 1000, 1),
      p50Ms: round(quantile(sorted, 0.5), 1),
      p99Ms: round(quantile(sorted, 0.99), 1),
      failures: [
        ...new Set(results.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.text.slice(0, 80)}`)),
      ].slice(0, 3),
    };
    return { balance, confirmations };
  } finally {
    await sql.close();
    await stopChild(child, { graceMs: 10_000 });
    await pgDb?.drop();
  }
}

export default {
  description: `时间银行: balance among ${MEMBERS} members with ${MONTHS} months each, and ${VISITS} confirmations at once`,
  /** @param {import('./context.mjs').BenchContext} ctx */
  async run(ctx) {
    await ensureHostBundle(ctx);
    const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    const engines = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
    const out = {};
    for (const engine of engines) out[engine] = await runEngine(ctx, engine, pgUrl);
    const pass = Object.values(out).every(
      (r) =>
        r.balance.p99Ms <= TARGET_BALANCE_P99_MS &&
        r.confirmations.lost === 0 &&
        r.confirmations.doubleCredited === 0 &&
        r.confirmations.sumOfMovements === 0 &&
        r.confirmations.ok === r.confirmations.sent,
    );
    return { ...out, targetBalanceP99Ms: TARGET_BALANCE_P99_MS, pass };
  },
  /** @param {any} r */
  rows: (r) =>
    ['sqlite', 'postgres']
      .filter((e) => r[e])
      .flatMap((e) => [
        {
          label: `${e}: balance p50 / p99 (${r[e].balance.movements} movements)`,
          value: `${r[e].balance.p50Ms} / ${r[e].balance.p99Ms} ms`,
          target: `p99 ≤ ${r.targetBalanceP99Ms} ms`,
          pass: r[e].balance.p99Ms <= r.targetBalanceP99Ms,
        },
        {
          label: `${e}: confirmations ok / confirmed / lost / double-credited / sum of movements`,
          value: `${r[e].confirmations.ok} / ${r[e].confirmations.confirmed} / ${r[e].confirmations.lost} / ${r[e].confirmations.doubleCredited} / ${r[e].confirmations.sumOfMovements} in ${r[e].confirmations.wallSec} s (p99 ${r[e].confirmations.p99Ms} ms)`,
          target: '0 lost, 0 double-credited, sum 0',
          pass:
            r[e].confirmations.lost === 0 &&
            r[e].confirmations.doubleCredited === 0 &&
            r[e].confirmations.sumOfMovements === 0,
        },
      ]),
};
