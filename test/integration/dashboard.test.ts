// 驾驶舱 (issue 22) on both engines: figures compared with counts made by hand in SQL from the demo data at two
// levels (the city and 东湖区), live and after the nightly rollup; the community with three volunteers shows 少于5人
// and never the 3; a district admin cannot drill into another district, and a member without the scope is refused,
// each in a sentence with nothing written; the export downloads; only the bureau sets the 红黄绿 limits.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { DashboardApi, DashboardPanels, PanelView } from '../../contracts/dashboard';
import { PANEL_KEYS } from '../../contracts/panel-keys';
import { chinaDay, chinaDateTimeWords, nextChinaTime } from '../../backend/common/china-time';
import { DASHBOARD_JOBS, rollup, ROLLUP_AT, ROLLUP_REST_JOB } from '../../backend/domains/dashboard/jobs/rollup';
import { createJobRunner } from '../../backend/jobs/runner';
import { dataOf, login, post } from '../support/api';
import { availableEngines } from '../support/engines';
import { runJobOnce } from '../support/run-job';
import { startHost, type TestHost } from '../support/start-host';
import { snapshotTables } from '../support/table-snapshot';

describe.each(availableEngines())('dashboard (%s)', (engine) => {
  let host: TestHost;
  let admin: string;
  let member: string;
  let districtAdmin: string;
  const unit = {} as Record<'city' | 'east' | 'west' | 'small' | 'eastStreet', { id: number; path: string }>;

  const panels = (token: string, orgUnitId?: number) =>
    post<DashboardApi['panels']['output']>(
      host.baseUrl,
      'dashboard',
      { action: 'panels', data: orgUnitId === undefined ? {} : { orgUnitId } },
      token,
    );
  const panelOf = (d: DashboardPanels, key: string) => d.panels.find((p) => p.key === key) as PanelView;
  const one = async (query: ReturnType<typeof sql<{ n: string | number | null }>>) =>
    Number((await query.execute(host.deps.database.db)).rows[0]?.n ?? 0);

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    const db = host.deps.database.db;
    const byName = async (name: string) =>
      db.selectFrom('org_units').select(['id', 'path']).where('name', '=', name).executeTakeFirstOrThrow();
    unit.city = await byName('海湾市');
    unit.east = await byName('东湖区');
    unit.west = await byName('西山区');
    unit.small = await byName('东渡社区');
    unit.eastStreet = await byName('湖滨街道');
    [admin, member] = await Promise.all([login(host.baseUrl, 'admin'), login(host.baseUrl, 'member1')]);
    // A district admin of 东湖区: member2, granted by the city admin.
    const m2 = await db.selectFrom('people').select('id').where('handle', '=', 'member2').executeTakeFirstOrThrow();
    await dataOf(
      post(
        host.baseUrl,
        'org',
        { action: 'grantRole', data: { personId: m2.id, role: 'admin', orgUnitId: unit.east.id } },
        admin,
      ),
    );
    districtAdmin = await login(host.baseUrl, 'member2');
  });
  afterAll(async () => {
    await host?.stop();
  });

  /** The hand counts: independent SQL over the demo tables. */
  const like = (path: string) => `${path}%`;
  const members = (path: string) =>
    one(sql`select count(*) as n from people p join org_units u on u.id = p.org_unit_id
            where u.path like ${like(path)} and p.status = 'active'`);
  const month = () => chinaDay(new Date()).slice(0, 7);
  const serviceMinutes = (path: string) =>
    one(sql`select sum(m.minutes) as n from ledger_movements m join people p on p.id = m.account_id
            join org_units u on u.id = p.org_unit_id
            where m.account_kind = 'member' and m.record_id is not null and m.served_on like ${`${month()}-%`}
            and u.path like ${like(path)}`);
  const servedPeople = (path: string) =>
    one(sql`select count(distinct m.account_id) as n from ledger_movements m join people p on p.id = m.account_id
            join org_units u on u.id = p.org_unit_id
            where m.account_kind = 'member' and m.record_id is not null and m.served_on like ${`${month()}-%`}
            and u.path like ${like(path)}`);
  const volunteersIn = (path: string) =>
    one(sql`select count(distinct p.id) as n from role_grants g join people p on p.id = g.person_id
            join org_units u on u.id = p.org_unit_id
            where g.role = 'volunteer' and p.status = 'active' and u.path like ${like(path)}`);

  const studioRows = (table: 'casework_cases' | 'casework_visits', path: string) =>
    one(sql`select count(*) as n from ${sql.table(table)} x join casework_studios s on s.id = x.studio_id
            join org_units u on u.id = s.org_unit_id where u.path like ${like(path)}`);

  async function expectHandCounts(d: DashboardPanels, path: string) {
    expect(panelOf(d, 'members').value).toBe(await members(path));
    // The demo's 101民情工作室 (吕岭社区, 湖滨街道, 东湖区): 121 cases and 243 visits, far more than 5 people.
    expect(panelOf(d, 'cases').value).toBe(await studioRows('casework_cases', path));
    expect(panelOf(d, 'visits').value).toBe(await studioRows('casework_visits', path));
    const people = await servedPeople(path);
    const hours = panelOf(d, 'volunteerHours');
    if (people >= 5) expect(hours.value).toBe(Math.round((await serviceMinutes(path)) / 6) / 10);
    else expect(hours).toMatchObject({ value: null, hidden: true, summary: '少于5人' });
    const active = panelOf(d, 'activeVolunteers');
    if (people >= 5) expect(active.value).toBe(people);
    const registered = active.rows.find((r) => r.label === '登记的志愿者');
    expect(registered?.value).toBe(await volunteersIn(path));
  }

  it('shows the city admin the whole city, each figure as counted by hand, in PANEL_KEYS order', async () => {
    const d = await dataOf(panels(admin));
    expect(d.unit).toMatchObject({ id: unit.city.id, name: '海湾市', level: 'city' });
    // Every domain counts its panels now: the time bank, the talent pool and the 民情 studios too.
    expect(d.panels.map((p) => p.key)).toEqual([...PANEL_KEYS]);
    await expectHandCounts(d, unit.city.path);
    expect(panelOf(d, 'members').summary).toMatch(/^在册党员 [\d,]+ 人/);
    expect(panelOf(d, 'volunteerHours').summary).toMatch(/^本月志愿服务 [\d,.]+ 小时/);
    for (const p of d.panels) expect(p.asOfWords).toMatch(/^数据截至 \d{4}年\d+月\d+日 星期. [上中下晚凌早]/);
    expect(d.children.map((c) => c.name)).toEqual(['东湖区', '西山区', '南港区']);
    const east = d.children[0].figures.find((f) => f.key === 'members');
    expect(east?.value).toBe(await members(unit.east.path));
  });

  it('drills down to 东湖区 with its own hand counts, and the same after the nightly rollup', async () => {
    const live = await dataOf(panels(admin, unit.east.id));
    expect(live.trail).toEqual([{ id: unit.city.id, name: '海湾市' }]);
    await expectHandCounts(live, unit.east.path);

    // A fresh host does not count the whole city at its start: the first rollup waits for 02:00 China time.
    const started = await host.deps.database.db
      .selectFrom('jobs')
      .select(['run_at', 'created_at'])
      .where('kind', '=', rollup.kind)
      .executeTakeFirst();
    if (started) expect(started.run_at).toBe(nextChinaTime(new Date(started.created_at), ROLLUP_AT).toISOString());

    const before = Date.now();
    await runJobOnce(host, rollup);
    // The night's count goes on in slices of about a second, each queued behind whatever else is due.
    const rests = await createJobRunner({ deps: host.deps, handlers: DASHBOARD_JOBS }).runDue();
    expect(rests).toMatchObject({ retrying: 0, parked: 0, lost: 0 });
    const queued = await host.deps.database.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', ROLLUP_REST_JOB)
      .where('status', '!=', 'done')
      .execute();
    expect(queued).toEqual([]);
    const rows = await host.deps.database.db.selectFrom('dashboard_rollups').select(['org_unit_id', 'as_of']).execute();
    const units = await host.deps.database.db.selectFrom('org_units').select('id').execute();
    expect(new Set(rows.map((r) => r.org_unit_id)).size).toBe(units.length);
    const rolled = await dataOf(panels(admin, unit.east.id));
    await expectHandCounts(rolled, unit.east.path);
    expect(rolled.panels.map((p) => [p.key, p.value, p.rows])).toEqual(
      live.panels.map((p) => [p.key, p.value, p.rows]),
    );
    const asOf = panelOf(rolled, 'volunteerHours').asOf;
    expect(Date.parse(asOf)).toBeGreaterThanOrEqual(before - 1000);
    expect(panelOf(rolled, 'volunteerHours').asOfWords).toBe(`数据截至 ${chinaDateTimeWords(asOf)}`);
  }, 180_000);

  it('hides every figure of the community with three volunteers: 少于5人, never 3', async () => {
    expect(await volunteersIn(unit.small.path)).toBe(3);
    const reply = await panels(admin, unit.small.id);
    const d = await dataOf(Promise.resolve(reply));
    const active = panelOf(d, 'activeVolunteers');
    expect(active).toMatchObject({ value: null, hidden: true, summary: '少于5人', words: '少于5人', status: null });
    const registered = active.rows.find((r) => r.label === '登记的志愿者');
    expect(registered).toEqual({ label: '登记的志愿者', value: null, words: '少于5人', hidden: true });
    for (const p of d.panels) for (const r of p.rows) if (r.hidden) expect(r.value).toBeNull();
    expect(JSON.stringify(active)).not.toMatch(/3 人|"value":3\b/);
    // The street above it shows the community as a child row, hidden the same way.
    const street = await dataOf(panels(admin, d.trail[d.trail.length - 1].id));
    const row = street.children.find((c) => c.id === unit.small.id);
    expect(row?.figures.find((f) => f.key === 'activeVolunteers')).toMatchObject({ value: null, hidden: true });
  });

  it('lets a district admin see its district and below, and refuses another district in a sentence, writing nothing', async () => {
    const own = await dataOf(panels(districtAdmin));
    expect(own.unit.id).toBe(unit.east.id);
    expect(own.trail).toEqual([]);
    const street = await dataOf(panels(districtAdmin, unit.eastStreet.id));
    expect(street.trail).toEqual([{ id: unit.east.id, name: '东湖区' }]);

    const before = await snapshotTables(host.deps.database.db);
    for (const target of [unit.west.id, unit.city.id]) {
      const reply = await panels(districtAdmin, target);
      expect(reply.status).toBe(403);
      expect(reply.body).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: '这个单位不在您的管辖范围内，不能看它的数据。' },
      });
    }
    const exported = await post(
      host.baseUrl,
      'dashboard',
      { action: 'export', data: { orgUnitId: unit.west.id } },
      districtAdmin,
    );
    expect(exported.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const threshold = await post(
      host.baseUrl,
      'dashboard',
      { action: 'setThreshold', data: { key: 'noticeReadRate', red: 10, green: 20 } },
      districtAdmin,
    );
    expect(threshold.body).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '红黄绿的标准由市里的管理员设定，您可以看，不能改。' },
    });
    expect(await snapshotTables(host.deps.database.db)).toEqual(before);
  });

  it('refuses a member without the scope, and nothing is written', async () => {
    const before = await snapshotTables(host.deps.database.db);
    for (const action of ['panels', 'export', 'thresholds']) {
      const reply = await post(host.baseUrl, 'dashboard', { action, data: { orgUnitId: unit.city.id } }, member);
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect((reply.body as { error: { message: string } }).error.message).toMatch(/。$/);
    }
    expect(await snapshotTables(host.deps.database.db)).toEqual(before);
  });

  it('lets the bureau set a panel’s limits, refuses them out of order, and words the status', async () => {
    const bad = await post(
      host.baseUrl,
      'dashboard',
      { action: 'setThreshold', data: { key: 'members', red: 50, green: 10 } },
      admin,
    );
    expect(bad.body).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '红色的界限要小于或等于绿色的界限。' },
    });
    const list = await dataOf(
      post<DashboardApi['thresholds']['output']>(host.baseUrl, 'dashboard', { action: 'thresholds', data: {} }, admin),
    );
    expect(list.thresholds.find((t) => t.key === 'noticeReadRate')).toMatchObject({ red: 60, green: 85 });
    const total = await members(unit.city.path);
    await dataOf(
      post(
        host.baseUrl,
        'dashboard',
        { action: 'setThreshold', data: { key: 'members', red: 1, green: total + 1 } },
        admin,
      ),
    );
    const amber = panelOf(await dataOf(panels(admin)), 'members');
    expect(amber).toMatchObject({ status: 'amber', statusWords: '黄色：需要留意' });
    await dataOf(
      post(
        host.baseUrl,
        'dashboard',
        { action: 'setThreshold', data: { key: 'members', red: 1, green: total } },
        admin,
      ),
    );
    expect(panelOf(await dataOf(panels(admin)), 'members')).toMatchObject({
      status: 'green',
      statusWords: '绿色：达到目标',
    });
  });

  it('exports the unit’s figures as an .xlsx, small counts hidden there too', async () => {
    const link = await dataOf(
      post<DashboardApi['export']['output']>(
        host.baseUrl,
        'dashboard',
        { action: 'export', data: { orgUnitId: unit.small.id } },
        admin,
      ),
    );
    expect(link.name).toMatch(/^驾驶舱-东渡社区-\d{4}年\d+月\d+日\.xlsx$/);
    const res = await fetch(host.baseUrl + link.path, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(2).values).toEqual([undefined, '单位', '项目', '数字', '说明', '红黄绿', '数据截至']);
    const cells: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) cells.push((row.values as unknown[]).slice(1).map(String));
    });
    const active = cells.find((c) => c[0] === '东渡社区' && c[1] === '志愿者');
    expect(active?.[2]).toBe('少于5人');
    expect(cells.find((c) => c[0] === '东渡社区' && c[1] === '党员人数')?.[2]).toMatch(/^\d+ 人$/);
  });
});
