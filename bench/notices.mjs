// Suite `notices`: 通知公告 at city scale, on SQLite and on PostgreSQL. The host seeds the demo city, then this suite
// grows it to 1,000 branches and about 42,000 members (one district of about 10,000), 2,000 notices and about 300,000
// receipts, and measures over HTTP with a keep-alive connection, one call at a time: a member's unreadCount and list,
// the receipts of a 10,000-member district notice, publishing to that district and to the whole city (issue 20: a
// notice reaches 我的消息 by being read there when she asks, so publishing writes one row whatever the audience), and
// the member's 我的消息 (myMessages with the notices waiting for her) and its count. PostgreSQL needs
// BENCH_DATABASE_URL or TEST_DATABASE_URL (a server where it may create and drop a database); without it only SQLite runs.
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createBenchDatabase } from './pg-database.mjs';
import { ensureHostBundle } from './host.mjs';
import { freePort, LOOPBACK, postJson, waitFor200 } from './net.mjs';
import { startChild, stopChild, tail } from './processes.mjs';
import { round } from './stats.mjs';

const BRANCHES = 1000;
const PER_BRANCH = 42;
/** New branches in the first district, so that it holds about 10,000 members. */
const FIRST_DISTRICT_BRANCHES = 236;
const NOTICES = { city: 20, perDistrict: 20, branch: 1920 };
// Publishing is limited to 30 a publisher in 10 minutes: 20 to the district, then 9 to the city.
const CALLS = { unreadCount: 1000, list: 1000, receipts: 50, publish: 20, publishCity: 9, inbox: 500 };
const TARGETS = { unreadCountP99: 20, listP99: 50, receiptsP99: 200, publishP99: 200, inboxP99: 50 };
const HOUR = 3_600_000;

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** @param {http.Agent} agent @param {string} url @param {unknown} body @param {string} token */
function timedPost(agent, url, body, token) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, json: JSON.parse(text) }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** The rows to add: units (community + branch per new branch), people, grants, notices and receipts. */
function plan(tree, now) {
  const { units, maxUnitId, maxPersonId } = tree;
  const districts = units.filter((u) => u.level === 'district').sort((a, b) => a.id - b.id);
  const streets = units.filter((u) => u.level === 'street');
  const newUnits = [];
  const branches = units
    .filter((u) => u.level === 'branch')
    .map((b) => ({ ...b, district: districts.find((d) => b.path.startsWith(d.path)).id }));
  let nextUnit = maxUnitId + 1;
  const at = now.toISOString();
  const perDistrict = [
    FIRST_DISTRICT_BRANCHES,
    ...Array(districts.length - 1).fill(
      Math.floor((BRANCHES - branches.length - FIRST_DISTRICT_BRANCHES) / (districts.length - 1)),
    ),
  ];
  districts.forEach((d, k) => {
    const street = streets.find((s) => s.path.startsWith(d.path));
    for (let i = 0; i < perDistrict[k]; i += 1) {
      const cid = nextUnit++;
      const cpath = `${street.path}${cid}/`;
      newUnits.push({
        id: cid,
        name: `压测社区${cid}`,
        level: 'community',
        parent_id: street.id,
        path: cpath,
        created_at: at,
      });
      const bid = nextUnit++;
      const bpath = `${cpath}${bid}/`;
      newUnits.push({
        id: bid,
        name: `压测社区${cid}党支部`,
        level: 'branch',
        parent_id: cid,
        path: bpath,
        created_at: at,
      });
      branches.push({ id: bid, path: bpath, level: 'branch', district: d.id });
    }
  });
  const people = [];
  let nextPerson = maxPersonId + 1;
  for (const b of branches.filter((x) => x.id > maxUnitId)) {
    for (let i = 0; i < PER_BRANCH; i += 1) {
      const id = nextPerson++;
      people.push({
        id,
        name: `党员${id}`,
        handle: `bench${id}`,
        org_unit_id: b.id,
        phone: `138${String(id).padStart(8, '0')}`,
        created_at: at,
        updated_at: at,
      });
    }
  }
  const everyone = [...tree.people, ...people.map((p) => ({ id: p.id, org_unit_id: p.org_unit_id }))];
  const unitPath = new Map([...units, ...newUnits].map((u) => [u.id, u.path]));
  const city = units.find((u) => u.level === 'city');
  const notices = [];
  let nextNotice = tree.maxNoticeId + 1;
  const addNotice = (audience, ago) =>
    notices.push({
      id: nextNotice++,
      audience_org_unit_id: audience,
      publisher_person_id: tree.adminId,
      title: `压测通知${nextNotice}`,
      body: '这是一条压测用的通知。\n第二段。',
      importance: 'normal',
      needs_ack: 1,
      pinned: 0,
      version: 1,
      publish_at: new Date(now.getTime() - ago).toISOString(),
      expires_at: null,
      withdrawn_at: null,
      created_at: at,
      updated_at: at,
    });
  for (let i = 0; i < NOTICES.city; i += 1) addNotice(city.id, (i + 1) * 7 * HOUR);
  for (const d of districts) for (let i = 0; i < NOTICES.perDistrict; i += 1) addNotice(d.id, (i + 1) * 5 * HOUR);
  for (let i = 0; i < NOTICES.branch; i += 1) addNotice(branches[(i * 7919) % branches.length].id, (i % 500) * HOUR);
  // Receipts: half the city reads the first five city notices; each district notice is read by a third of its
  // district; 30 of 42 read each branch notice; the measured district notice is read by 6,000 and acknowledged by 4,000.
  const receipts = [];
  const readers = (notice, share, ackShare) => {
    const path = unitPath.get(notice.audience_org_unit_id);
    const audience = everyone.filter((p) => unitPath.get(p.org_unit_id).startsWith(path));
    const n = Math.floor(audience.length * share);
    for (let i = 0; i < n; i += 1)
      receipts.push({
        notice_id: notice.id,
        person_id: audience[i].id,
        read_at: at,
        read_version: 1,
        acknowledged_at: i < audience.length * ackShare ? at : null,
      });
  };
  const firstDistrict = districts[0];
  const measured = notices.find((n) => n.audience_org_unit_id === firstDistrict.id);
  notices.forEach((n, i) => {
    if (n === measured) readers(n, 0.6, 0.4);
    else if (n.audience_org_unit_id === city.id) {
      if (i < 5) readers(n, 0.5, 0.3);
    } else if (districts.some((d) => d.id === n.audience_org_unit_id)) readers(n, 0.33, 0.2);
    else readers(n, 30 / PER_BRANCH, 0.5);
  });
  const grants = people.map((p) => ({ person_id: p.id, role: 'member', org_unit_id: p.org_unit_id, created_at: at }));
  return {
    newUnits,
    people,
    grants,
    notices,
    receipts,
    measuredNoticeId: measured.id,
    firstDistrictId: firstDistrict.id,
    firstDistrictMembers: everyone.filter((p) => unitPath.get(p.org_unit_id).startsWith(firstDistrict.path)).length,
    totalMembers: everyone.length,
  };
}

const COLUMNS = {
  org_units: ['id', 'name', 'level', 'parent_id', 'path', 'created_at'],
  people: ['id', 'name', 'handle', 'org_unit_id', 'phone', 'created_at', 'updated_at'],
  role_grants: ['person_id', 'role', 'org_unit_id', 'created_at'],
  notices: [
    'id',
    'audience_org_unit_id',
    'publisher_person_id',
    'title',
    'body',
    'importance',
    'needs_ack',
    'pinned',
    'version',
    'publish_at',
    'expires_at',
    'withdrawn_at',
    'created_at',
    'updated_at',
  ],
  notice_receipts: ['notice_id', 'person_id', 'read_at', 'read_version', 'acknowledged_at'],
};
const TREE_SQL = {
  units: 'select id, level, path from org_units',
  people: 'select id, org_unit_id from people',
  admin: "select id from people where handle = 'admin'",
  maxNotice: 'select coalesce(max(id), 0) as m from notices',
};

function rowsOf(p) {
  return {
    org_units: p.newUnits,
    people: p.people,
    role_grants: p.grants,
    notices: p.notices,
    notice_receipts: p.receipts,
  };
}

/** @param {string} file */
function growSqlite(file, now) {
  const db = new Database(file);
  const tree = {
    units: db.prepare(TREE_SQL.units).all(),
    people: db.prepare(TREE_SQL.people).all(),
    adminId: db.prepare(TREE_SQL.admin).get().id,
    maxNoticeId: db.prepare(TREE_SQL.maxNotice).get().m,
  };
  tree.maxUnitId = Math.max(...tree.units.map((u) => u.id));
  tree.maxPersonId = Math.max(...tree.people.map((p) => p.id));
  const p = plan(tree, now);
  db.transaction(() => {
    for (const [table, rows] of Object.entries(rowsOf(p))) {
      const cols = COLUMNS[table];
      const insert = db.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`);
      for (const r of rows) insert.run(...cols.map((c) => r[c]));
    }
  })();
  db.exec('analyze');
  db.close();
  return p;
}

/** @param {string} url */
async function growPostgres(url, now) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql) => (await client.query(sql)).rows;
    const tree = {
      units: await q(TREE_SQL.units),
      people: await q(TREE_SQL.people),
      adminId: (await q(TREE_SQL.admin))[0].id,
      maxNoticeId: Number((await q(TREE_SQL.maxNotice))[0].m),
    };
    tree.maxUnitId = Math.max(...tree.units.map((u) => u.id));
    tree.maxPersonId = Math.max(...tree.people.map((x) => x.id));
    const p = plan(tree, now);
    await client.query('begin');
    for (const [table, rows] of Object.entries(rowsOf(p))) {
      const cols = COLUMNS[table];
      for (let i = 0; i < rows.length; i += 2000) {
        const chunk = rows.slice(i, i + 2000);
        const values = [];
        const tuples = chunk.map(
          (r, j) =>
            `(${cols
              .map((c, k) => {
                values.push(r[c]);
                return `$${j * cols.length + k + 1}`;
              })
              .join(', ')})`,
        );
        await client.query(`insert into ${table} (${cols.join(', ')}) values ${tuples.join(', ')}`, values);
      }
    }
    for (const table of ['org_units', 'people', 'notices'])
      await client.query(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
    await client.query('commit');
    await client.query('analyze');
    return p;
  } finally {
    await client.end();
  }
}

function spawn(ctx, port, env) {
  const child = startChild(process.execPath, ['dist/host/main.js'], {
    cwd: ctx.root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: LOOPBACK,
      LOG_LEVEL: 'warn',
      DEMO_MODE: '1',
      JOB_INTERVAL_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return { child, stderr: tail(child.stderr), url: `http://${LOOPBACK}:${port}` };
}

async function startHost(ctx, env) {
  const host = spawn(ctx, await freePort(), env);
  await waitFor200(`${host.url}/healthz`, {
    intervalMs: 50,
    timeoutMs: 180_000,
    child: host.child,
    stderr: host.stderr,
  });
  return host;
}

/** Calls `make(i)` `n` times one after another; the latencies of the successful ones, sorted. */
async function measure(agent, url, token, n, make) {
  const ms = [];
  for (let i = 0; i < n; i += 1) {
    const r = await timedPost(agent, url, make(i), token);
    if (r.status !== 200)
      throw new Error(
        `${JSON.stringify(make(i)).slice(0, 80)} answered ${r.status}: ${JSON.stringify(r.json).slice(0, 200)}`,
      );
    ms.push(r.ms);
  }
  return ms.sort((a, b) => a - b);
}

const figures = (sorted) => ({
  p50: round(quantile(sorted, 0.5), 1),
  p99: round(quantile(sorted, 0.99), 1),
  max: round(sorted[sorted.length - 1], 1),
  n: sorted.length,
});

async function runEngine(ctx, engine, env, grow) {
  ctx.log(`notices/${engine}: seeding the demo city …`);
  let host = await startHost(ctx, env);
  await stopChild(host.child, { graceMs: 10_000 });
  ctx.log(`notices/${engine}: growing it to ${BRANCHES} branches, ~42,000 members, 2,000 notices …`);
  const grown = await grow(new Date());
  ctx.log(
    `notices/${engine}: ${grown.totalMembers} members, district of ${grown.firstDistrictMembers}, ${grown.receipts.length} receipts; measuring …`,
  );
  host = await startHost(ctx, env);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const login = async (handle) =>
      (await postJson(`${host.url}/api/account`, { action: 'devLogin', data: { handle } })).json.data.token;
    const member = await login('member1');
    const admin = await login('admin');
    const api = `${host.url}/api/notices`;
    // Warm up both paths (statement caches, page cache) before measuring.
    await measure(agent, api, member, 50, () => ({ action: 'unreadCount', data: {} }));
    await measure(agent, api, member, 50, () => ({ action: 'list', data: {} }));
    const unread = await measure(agent, api, member, CALLS.unreadCount, () => ({ action: 'unreadCount', data: {} }));
    const list = await measure(agent, api, member, CALLS.list, () => ({ action: 'list', data: {} }));
    const listed = (await timedPost(agent, api, { action: 'list', data: {} }, member)).json.data.items.length;
    const receipts = await measure(agent, api, admin, CALLS.receipts, () => ({
      action: 'receipts',
      data: { noticeId: grown.measuredNoticeId },
    }));
    const check = (
      await timedPost(agent, api, { action: 'receipts', data: { noticeId: grown.measuredNoticeId } }, admin)
    ).json.data;
    const publish = await measure(agent, api, admin, CALLS.publish, (i) => ({
      action: 'publish',
      data: {
        title: `压测发布${i}`,
        body: '发给全区。',
        audienceOrgUnitId: grown.firstDistrictId,
        importance: 'normal',
        needsAck: true,
      },
    }));
    const cityId = (await timedPost(agent, api, { action: 'targets', data: {} }, admin)).json.data.units[0].id;
    const publishCity = await measure(agent, api, admin, CALLS.publishCity, (i) => ({
      action: 'publish',
      data: {
        title: `压测全市${i}`,
        body: '发给全市。',
        audienceOrgUnitId: cityId,
        importance: 'important',
        needsAck: true,
      },
    }));
    const account = `${host.url}/api/account`;
    await measure(agent, account, member, 50, () => ({ action: 'myMessages', data: {} }));
    const inbox = await measure(agent, account, member, CALLS.inbox, () => ({ action: 'myMessages', data: {} }));
    const inboxCount = await measure(agent, account, member, CALLS.inbox, () => ({ action: 'unreadCount', data: {} }));
    const waiting = (await timedPost(agent, account, { action: 'myMessages', data: {} }, member)).json.data.notices
      .length;
    const r = {
      unreadCount: figures(unread),
      list: figures(list),
      receipts: figures(receipts),
      publish: figures(publish),
      publishCity: figures(publishCity),
      inbox: figures(inbox),
      inboxCount: figures(inboxCount),
    };
    return {
      engine,
      members: grown.totalMembers,
      districtMembers: grown.firstDistrictMembers,
      receiptsRows: grown.receipts.length,
      listItems: listed,
      receiptsTotal: check.total,
      waiting,
      ...r,
      pass:
        r.unreadCount.p99 <= TARGETS.unreadCountP99 &&
        r.list.p99 <= TARGETS.listP99 &&
        r.receipts.p99 <= TARGETS.receiptsP99 &&
        r.publish.p99 <= TARGETS.publishP99 &&
        r.publishCity.p99 <= TARGETS.publishP99 &&
        r.inbox.p99 <= TARGETS.inboxP99 &&
        r.inboxCount.p99 <= TARGETS.unreadCountP99,
    };
  } finally {
    agent.destroy();
    await stopChild(host.child);
  }
}

export default {
  description:
    'notices: unreadCount and list for a member, receipts of a 10,000-member district notice, publishing to it (42,000 members, 2,000 notices), SQLite and PostgreSQL',
  /** @param {import('./context.mjs').BenchContext} ctx */
  async run(ctx) {
    await ensureHostBundle(ctx);
    const results = [];
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sp-bench-notices-'));
    ctx.cleanup(dataDir);
    const sqliteEnv = { DATA_DIR: dataDir, DATABASE_URL: '', MEDIA_DIR: path.join(dataDir, 'media') };
    results.push(
      await runEngine(ctx, 'sqlite', sqliteEnv, async (now) =>
        growSqlite(path.join(dataDir, 'silver-pioneers.sqlite'), now),
      ),
    );

    const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!adminUrl) {
      ctx.log('notices: no BENCH_DATABASE_URL or TEST_DATABASE_URL, so PostgreSQL is not measured');
      return { results, postgres: 'not measured (no database URL)' };
    }
    const pgDb = await createBenchDatabase(adminUrl, 'sp_bench_notices');
    const pgDir = mkdtempSync(path.join(os.tmpdir(), 'sp-bench-notices-pg-'));
    ctx.cleanup(pgDir);
    try {
      results.push(
        await runEngine(
          ctx,
          'postgres',
          { DATA_DIR: pgDir, DATABASE_URL: pgDb.url, MEDIA_DIR: path.join(pgDir, 'media') },
          (now) => growPostgres(pgDb.url, now),
        ),
      );
    } finally {
      await pgDb.drop();
    }
    return { results };
  },
  /** @param {any} r */
  rows: (r) =>
    r.results.flatMap((e) => [
      {
        label: `${e.engine}: data`,
        value: `${e.members} members (district ${e.districtMembers}), ${e.receiptsRows} receipts, ${e.listItems} notices in member1's list`,
      },
      {
        label: `${e.engine}: unreadCount p50 / p99 / max`,
        value: `${e.unreadCount.p50} / ${e.unreadCount.p99} / ${e.unreadCount.max} ms (n=${e.unreadCount.n})`,
        target: `p99 ≤ ${TARGETS.unreadCountP99} ms`,
        pass: e.unreadCount.p99 <= TARGETS.unreadCountP99,
      },
      {
        label: `${e.engine}: list p50 / p99 / max`,
        value: `${e.list.p50} / ${e.list.p99} / ${e.list.max} ms (n=${e.list.n})`,
        target: `p99 ≤ ${TARGETS.listP99} ms`,
        pass: e.list.p99 <= TARGETS.listP99,
      },
      {
        label: `${e.engine}: receipts (${e.receiptsTotal} members) p50 / p99 / max`,
        value: `${e.receipts.p50} / ${e.receipts.p99} / ${e.receipts.max} ms (n=${e.receipts.n})`,
        target: `p99 ≤ ${TARGETS.receiptsP99} ms`,
        pass: e.receipts.p99 <= TARGETS.receiptsP99,
      },
      {
        label: `${e.engine}: publish to the district p50 / p99 / max`,
        value: `${e.publish.p50} / ${e.publish.p99} / ${e.publish.max} ms (n=${e.publish.n})`,
        target: `p99 ≤ ${TARGETS.publishP99} ms`,
        pass: e.publish.p99 <= TARGETS.publishP99,
      },
      {
        label: `${e.engine}: publish to the whole city (${e.members} members) p50 / p99 / max`,
        value: `${e.publishCity.p50} / ${e.publishCity.p99} / ${e.publishCity.max} ms (n=${e.publishCity.n})`,
        target: `p99 ≤ ${TARGETS.publishP99} ms`,
        pass: e.publishCity.p99 <= TARGETS.publishP99,
      },
      {
        label: `${e.engine}: 我的消息 (${e.waiting} notices waiting) p50 / p99 / max`,
        value: `${e.inbox.p50} / ${e.inbox.p99} / ${e.inbox.max} ms (n=${e.inbox.n})`,
        target: `p99 ≤ ${TARGETS.inboxP99} ms`,
        pass: e.inbox.p99 <= TARGETS.inboxP99,
      },
      {
        label: `${e.engine}: 我的消息 count p50 / p99 / max`,
        value: `${e.inboxCount.p50} / ${e.inboxCount.p99} / ${e.inboxCount.max} ms (n=${e.inboxCount.n})`,
        target: `p99 ≤ ${TARGETS.unreadCountP99} ms`,
        pass: e.inboxCount.p99 <= TARGETS.unreadCountP99,
      },
    ]),
};
