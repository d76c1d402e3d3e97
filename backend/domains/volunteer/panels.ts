// The 驾驶舱's volunteer panels (issue 22). Hours come from the ledger (members' accounts, movements of a service
// record, by the China day served, corrections included), so they agree with every volunteer's own 我的时长; active
// volunteers are those with hours in the month, by team and by post.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { PanelScope, PanelSource } from '../../dashboard/panel-source';
import { lastMonths } from '../../dashboard/periods';
import { inSubtrees } from '../../data/org-units';
import type { Schema } from '../../data/schema';

/** Members' service movements (a record's, not the time bank's) of people at home in the subtree, from `fromDay`. */
function served(db: Kysely<Schema>, scope: PanelScope, fromDay: string, toDay: string) {
  return db
    .selectFrom('ledger_movements as lm')
    .innerJoin('people', 'people.id', 'lm.account_id')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .where('lm.account_kind', '=', 'member')
    .where('lm.record_id', 'is not', null)
    .where('lm.served_on', '>=', fromDay)
    .where('lm.served_on', '<=', toDay)
    .where(inSubtrees('org_units.path', [scope.path]));
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
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    const series = months.map((m) => {
      const r = byMonth.get(m.key);
      return { label: m.label, value: Math.round(Number(r?.minutes ?? 0) / 6) / 10, people: Number(r?.people ?? 0) };
    });
    const [before, now] = series.slice(-2);
    return { value: now.value, people: now.people, previous: before.people > 0 ? before.value : null, series };
  },
};

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
        await db
          .selectFrom('role_grants')
          .innerJoin('people', 'people.id', 'role_grants.person_id')
          .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
          .where('role_grants.role', '=', 'volunteer')
          .where('people.status', '=', 'active')
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
    const teams = new Map<string, number>();
    const byTeam = await served(db, scope, now.fromDay, now.toDay)
      .innerJoin('vol_records as vr', 'vr.id', 'lm.record_id')
      .innerJoin('vol_posts as vp', 'vp.id', 'vr.post_id')
      .innerJoin('vol_teams as vt', 'vt.id', 'vp.team_id')
      .select(['vt.name as team', (eb) => eb.fn.count<string | number>('lm.account_id').distinct().as('people')])
      .groupBy('vt.name')
      .orderBy('vt.name')
      .execute();
    for (const t of byTeam) teams.set(t.team, Number(t.people));
    return {
      value: active,
      people: active,
      previous,
      series: [
        { label: '登记的志愿者', value: registered, people: registered },
        ...[...teams].map(([team, people]) => ({ label: team, value: people, people })),
        ...byPost.map((p) => ({ label: p.post, value: Number(p.people), people: Number(p.people) })),
      ],
    };
  },
};

export const VOLUNTEER_PANELS: readonly PanelSource[] = [volunteerHoursPanel, activeVolunteersPanel];
