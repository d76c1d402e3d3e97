// The 驾驶舱's volunteer panels (issue 22). Hours come from the ledger (members' accounts, movements of a service
// record, by the China day served, corrections included), so they agree with every volunteer's own 我的时长; active
// volunteers are those with hours in the month, by team and by post. For the nightly rollup both also count the whole
// tree at once (computeAll), grouped by the members' org paths: each member has one, so per-path sums and distinct
// counts add up to the subtree's.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { bySubtree, sumOf } from '../../dashboard/by-subtree';
import type { PanelScope, PanelSource } from '../../dashboard/panel-source';
import { lastMonths } from '../../dashboard/periods';
import { inSubtrees } from '../../data/org-units';
import type { Schema } from '../../data/schema';

/** Members' service movements (a record's, not the time bank's) of people at home in the subtree (or anywhere). */
function served(db: Kysely<Schema>, scope: PanelScope | null, fromDay: string, toDay: string) {
  return db
    .selectFrom('ledger_movements as lm')
    .innerJoin('people', 'people.id', 'lm.account_id')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .where('lm.account_kind', '=', 'member')
    .where('lm.record_id', 'is not', null)
    .where('lm.served_on', '>=', fromDay)
    .where('lm.served_on', '<=', toDay)
    .$if(scope !== null, (q) => q.where(inSubtrees('org_units.path', [(scope as PanelScope).path])));
}

type Month = ReturnType<typeof lastMonths>[number];

/** The hours panel from each month's minutes and people. */
function hoursFigure(months: Month[], byMonth: Map<string, { minutes: number; people: number }>) {
  const series = months.map((m) => {
    const r = byMonth.get(m.key);
    return { label: m.label, value: Math.round(Number(r?.minutes ?? 0) / 6) / 10, people: Number(r?.people ?? 0) };
  });
  const [before, now] = series.slice(-2);
  return { value: now.value, people: now.people, previous: before.people > 0 ? before.value : null, series };
}

/** The active-volunteers panel from its counts; teams and posts by name, in name order. */
function activeFigure(
  active: number,
  previous: number,
  registered: number,
  teams: readonly { name: string; people: number }[],
  posts: readonly { name: string; people: number }[],
) {
  return {
    value: active,
    people: active,
    previous,
    series: [
      { label: '登记的志愿者', value: registered, people: registered },
      ...teams.map((t) => ({ label: t.name, value: t.people, people: t.people })),
      ...posts.map((p) => ({ label: p.name, value: p.people, people: p.people })),
    ],
  };
}

/** Per unit, rows summed by name in the order the names first came (the query's name order). */
function byName<R extends { name: string }>(rows: readonly R[], value: (row: R) => number | string | null) {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.name, (out.get(r.name) ?? 0) + Number(value(r) ?? 0));
  return [...out].map(([name, people]) => ({ name, people }));
}

export const volunteerHoursPanel: PanelSource = {
  key: 'volunteerHours',
  unit: 'hours',
  async compute(db, scope, asOf) {
    const months = lastMonths(asOf, 6);
    const rows = await served(db, scope, months[0].fromDay, months[months.length - 1].toDay)
      .select([
        sql<string>`substr(lm.served_on, 1, 7)`.as('month'),
        (eb) => eb.fn.sum<string | number>('lm.minutes').as('minutes'),
        (eb) => eb.fn.count<string | number>('lm.account_id').distinct().as('people'),
      ])
      .groupBy(sql`substr(lm.served_on, 1, 7)`)
      .execute();
    return hoursFigure(
      months,
      new Map(rows.map((r) => [r.month, { minutes: Number(r.minutes ?? 0), people: Number(r.people ?? 0) }])),
    );
  },
  async computeAll(db, units, asOf) {
    const months = lastMonths(asOf, 6);
    const rows = await served(db, null, months[0].fromDay, months[months.length - 1].toDay)
      .select([
        'org_units.path',
        sql<string>`substr(lm.served_on, 1, 7)`.as('month'),
        (eb) => eb.fn.sum<string | number>('lm.minutes').as('minutes'),
        (eb) => eb.fn.count<string | number>('lm.account_id').distinct().as('people'),
      ])
      .groupBy(['org_units.path', sql`substr(lm.served_on, 1, 7)`])
      .execute();
    return new Map(
      [...bySubtree(units, rows, (r) => r.path)].map(([unitId, own]) => {
        const byMonth = new Map<string, { minutes: number; people: number }>();
        for (const r of own) {
          const m = byMonth.get(r.month) ?? { minutes: 0, people: 0 };
          byMonth.set(r.month, { minutes: m.minutes + Number(r.minutes ?? 0), people: m.people + Number(r.people) });
        }
        return [unitId, hoursFigure(months, byMonth)];
      }),
    );
  },
};

/** Registered volunteers still in the roster, with their org units. */
function volunteers(db: Kysely<Schema>) {
  return db
    .selectFrom('role_grants')
    .innerJoin('people', 'people.id', 'role_grants.person_id')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .where('role_grants.role', '=', 'volunteer')
    .where('people.status', '=', 'active');
}

/** Who served in the month, per org path and post or team name, in name order (distinct people each). */
function servedByName(db: Kysely<Schema>, month: Month, name: 'vp.name' | 'vt.name') {
  return served(db, null, month.fromDay, month.toDay)
    .innerJoin('vol_records as vr', 'vr.id', 'lm.record_id')
    .innerJoin('vol_posts as vp', 'vp.id', 'vr.post_id')
    .$if(name === 'vt.name', (q) => q.innerJoin('vol_teams as vt', 'vt.id', 'vp.team_id'))
    .select([
      'org_units.path',
      sql<string>`${sql.ref(name)}`.as('name'),
      (eb) => eb.fn.count<string | number>('lm.account_id').distinct().as('people'),
    ])
    .groupBy([sql.ref(name), 'org_units.path'])
    .orderBy(sql.ref(name))
    .execute();
}

export const activeVolunteersPanel: PanelSource = {
  key: 'activeVolunteers',
  unit: 'people',
  async compute(db, scope, asOf) {
    const [before, now] = lastMonths(asOf, 2);
    const count = async (fromDay: string, toDay: string) =>
      Number(
        (
          await served(db, scope, fromDay, toDay)
            .select((eb) => eb.fn.count<string | number>('lm.account_id').distinct().as('people'))
            .executeTakeFirst()
        )?.people ?? 0,
      );
    const active = await count(now.fromDay, now.toDay);
    const previous = await count(before.fromDay, before.toDay);
    const registered = Number(
      (
        await volunteers(db)
          .where(inSubtrees('org_units.path', [scope.path]))
          .select((eb) => eb.fn.count<string | number>('people.id').distinct().as('people'))
          .executeTakeFirst()
      )?.people ?? 0,
    );
    // Who served this month, by team and by post (named; never the people).
    const byPost = await served(db, scope, now.fromDay, now.toDay)
      .innerJoin('vol_records as vr', 'vr.id', 'lm.record_id')
      .innerJoin('vol_posts as vp', 'vp.id', 'vr.post_id')
      .select(['vp.name as post', (eb) => eb.fn.count<string | number>('lm.account_id').distinct().as('people')])
      .groupBy('vp.name')
      .orderBy('vp.name')
      .execute();
    const byTeam = await served(db, scope, now.fromDay, now.toDay)
      .innerJoin('vol_records as vr', 'vr.id', 'lm.record_id')
      .innerJoin('vol_posts as vp', 'vp.id', 'vr.post_id')
      .innerJoin('vol_teams as vt', 'vt.id', 'vp.team_id')
      .select(['vt.name as team', (eb) => eb.fn.count<string | number>('lm.account_id').distinct().as('people')])
      .groupBy('vt.name')
      .orderBy('vt.name')
      .execute();
    return activeFigure(
      active,
      previous,
      registered,
      byTeam.map((t) => ({ name: t.team, people: Number(t.people) })),
      byPost.map((p) => ({ name: p.post, people: Number(p.people) })),
    );
  },
  async computeAll(db, units, asOf) {
    const [before, now] = lastMonths(asOf, 2);
    const count = (fromDay: string, toDay: string) =>
      served(db, null, fromDay, toDay)
        .select(['org_units.path', (eb) => eb.fn.count<string | number>('lm.account_id').distinct().as('people')])
        .groupBy('org_units.path')
        .execute();
    const active = bySubtree(units, await count(now.fromDay, now.toDay), (r) => r.path);
    const previous = bySubtree(units, await count(before.fromDay, before.toDay), (r) => r.path);
    const registered = bySubtree(
      units,
      await volunteers(db)
        .select(['org_units.path', (eb) => eb.fn.count<string | number>('people.id').distinct().as('people')])
        .groupBy('org_units.path')
        .execute(),
      (r) => r.path,
    );
    // Rows in name order, then per path: a unit's names come in the order the query gave them.
    const posts = bySubtree(units, await servedByName(db, now, 'vp.name'), (r) => r.path);
    const teams = bySubtree(units, await servedByName(db, now, 'vt.name'), (r) => r.path);
    const people = (rows: readonly { people: string | number }[]) => sumOf(rows, (r) => r.people);
    return new Map(
      units.map((u) => [
        u.unitId,
        activeFigure(
          people(active.get(u.unitId) ?? []),
          people(previous.get(u.unitId) ?? []),
          people(registered.get(u.unitId) ?? []),
          byName(teams.get(u.unitId) ?? [], (r) => r.people),
          byName(posts.get(u.unitId) ?? [], (r) => r.people),
        ),
      ]),
    );
  },
};

export const VOLUNTEER_PANELS: readonly PanelSource[] = [volunteerHoursPanel, activeVolunteersPanel];
