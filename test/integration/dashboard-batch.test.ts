// 驾驶舱 batches (issue 22) on both engines: every panel source that counts the whole tree at once (`computeAll`, used by
// the nightly rollup) gives every open unit of the demo city exactly what its `compute` gives that unit alone, and
// so does the rollup's result. The demo city's activity is topped up with study days and chapters heard, of which
// it has none, so the study panels compare real figures too.
import { panelSources } from '../../backend/dashboard/registry';
import { DASHBOARD_JOBS, rollup } from '../../backend/domains/dashboard/jobs/rollup';
import { createJobRunner } from '../../backend/jobs/runner';
import { availableEngines } from '../support/engines';
import { runJobOnce } from '../support/run-job';
import { startHost, type TestHost } from '../support/start-host';

describe.each(availableEngines())('dashboard batches (%s)', (engine) => {
  let host: TestHost;
  let units: { unitId: number; path: string }[];

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    const db = host.deps.database.db;
    const people = await db.selectFrom('people').select('id').orderBy('id').execute();
    const chapters = await db.selectFrom('chapters').select(['id', 'duration']).orderBy('id').execute();
    const now = host.deps.now();
    const day = (back: number) => new Date(now.getTime() + 8 * 3600_000 - back * 86_400_000).toISOString().slice(0, 10);
    const listeners = people.filter((_, i) => i % 4 === 0);
    await db
      .insertInto('study_days')
      .values(
        listeners.flatMap((p, i) =>
          [0, 9, 33, 61, 95, 150, 200].map((back) => ({ person_id: p.id, day: day(back + (i % 7)), seconds: 60 + i })),
        ),
      )
      .execute();
    await db
      .insertInto('chapter_coverage')
      .values(
        listeners.flatMap((p, i) =>
          chapters.map((c, j) => ({
            person_id: p.id,
            chapter_id: c.id,
            coverage_json: '[]',
            covered: (c.duration * ((i + j) % 11)) / 10,
            last_report_at: now.toISOString(),
          })),
        ),
      )
      .execute();
    // A closed unit's rows still count for the open units above it, as compute counts them.
    const closed = await db
      .selectFrom('org_units')
      .select('id')
      .where('level', '=', 'branch')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await db.updateTable('org_units').set({ closed_at: now.toISOString() }).where('id', '=', closed.id).execute();
    units = (
      await db.selectFrom('org_units').select(['id', 'path']).where('closed_at', 'is', null).orderBy('path').execute()
    ).map((u) => ({ unitId: u.id, path: u.path }));
  });
  afterAll(async () => {
    await host?.stop();
  });

  const batched = () => panelSources().filter((s) => s.computeAll);

  it('has batches for the panels the rollup spends its time on', () => {
    expect(batched().map((s) => s.key)).toEqual(expect.arrayContaining(['timebankCoverage', 'timebankHours']));
  });

  it.each(panelSources().map((s) => [s.key, s] as const))(
    '%s: the batch equals compute for every unit',
    async (_key, source) => {
      if (!source.computeAll) return;
      const db = host.deps.database.db;
      const asOf = host.deps.now();
      const all = await source.computeAll(db, units, asOf);
      expect([...all.keys()].sort()).toEqual(units.map((u) => u.unitId).sort());
      for (const unit of units) {
        const one = await source.compute(db, unit, asOf);
        expect({ unit: unit.path, figure: all.get(unit.unitId) }).toEqual({ unit: unit.path, figure: one });
      }
    },
  );

  it('the rollup keeps, for every unit, what compute counts', async () => {
    await runJobOnce(host, rollup);
    // The rest of the night's count, slice after slice, as the host's runner takes them.
    const rests = await createJobRunner({ deps: host.deps, handlers: DASHBOARD_JOBS }).runDue();
    expect(rests).toMatchObject({ retrying: 0, parked: 0, lost: 0 });
    const db = host.deps.database.db;
    const rows = await db
      .selectFrom('dashboard_rollups')
      .select(['org_unit_id', 'key', 'figure_json', 'as_of'])
      .execute();
    expect(rows).toHaveLength(units.length * panelSources().length);
    for (const unit of units.filter((_, i) => i % 5 === 0))
      for (const source of batched()) {
        const row = rows.find((r) => r.org_unit_id === unit.unitId && r.key === source.key);
        const counted = await source.compute(db, unit, new Date(row?.as_of ?? 0));
        expect(JSON.parse(row?.figure_json ?? 'null')).toEqual(JSON.parse(JSON.stringify(counted)));
      }
  });
});
