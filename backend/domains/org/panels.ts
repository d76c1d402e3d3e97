// The 驾驶舱's members panel (issue 22): people in the subtree's roster now, and at the end of each of the last six
// months (those who had joined by then and had not yet left: 转出 or 已故 after it). For the nightly rollup it also
// counts the whole tree at once (computeAll): the same sums per org path, added up by subtree.
import { sql, type Kysely } from 'kysely';
import { bySubtree, sumOf } from '../../dashboard/by-subtree';
import type { PanelScope, PanelSource } from '../../dashboard/panel-source';
import { lastMonths } from '../../dashboard/periods';
import { inSubtrees } from '../../data/org-units';
import type { Schema } from '../../data/schema';

type Month = ReturnType<typeof lastMonths>[number];
type Counts = Record<string, string | number | null> | undefined;

/** People of the subtree (or per org path of the whole tree): now, and at the end of each month. */
function counted(db: Kysely<Schema>, scope: PanelScope | null, months: Month[]) {
  return db
    .selectFrom('people')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .$if(scope !== null, (q) => q.where(inSubtrees('org_units.path', [(scope as PanelScope).path])))
    .select([
      sql<string | number>`sum(case when people.status = 'active' then 1 else 0 end)`.as('now'),
      ...months.map((m, i) =>
        sql<
          string | number
        >`sum(case when people.created_at < ${m.toAt} and (people.status = 'active' or people.status_on > ${m.toDay}) then 1 else 0 end)`.as(
          `m${i}`,
        ),
      ),
    ]);
}

function membersFigure(months: Month[], at: (name: string) => number) {
  const value = at('now');
  const series = months.map((m, i) => ({ label: m.label, value: at(`m${i}`), people: at(`m${i}`) }));
  return { value, people: value, previous: series[series.length - 2].value, series };
}

export const membersPanel: PanelSource = {
  key: 'members',
  unit: 'people',
  live: true,
  async compute(db, scope, asOf) {
    const months = lastMonths(asOf, 6);
    const row = (await counted(db, scope, months).executeTakeFirst()) as Counts;
    return membersFigure(months, (name) => Number(row?.[name] ?? 0));
  },
  async computeAll(db, units, asOf) {
    const months = lastMonths(asOf, 6);
    const rows = (await counted(db, null, months)
      .select('org_units.path')
      .groupBy('org_units.path')
      .execute()) as unknown as ({ path: string } & Record<string, string | number | null>)[];
    return new Map(
      [...bySubtree(units, rows, (r) => r.path)].map(([unitId, own]) => [
        unitId,
        membersFigure(months, (name) => sumOf(own, (r) => r[name])),
      ]),
    );
  },
};

export const ORG_PANELS: readonly PanelSource[] = [membersPanel];
