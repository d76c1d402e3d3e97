// The 驾驶舱's members panel (issue 22): people in the subtree's roster now, and at the end of each of the last six
// months (those who had joined by then and had not yet left: 转出 or 已故 after it).
import { sql } from 'kysely';
import type { PanelSource } from '../../dashboard/panel-source';
import { lastMonths } from '../../dashboard/periods';
import { inSubtrees } from '../../data/org-units';

export const membersPanel: PanelSource = {
  key: 'members',
  unit: 'people',
  live: true,
  async compute(db, scope, asOf) {
    const months = lastMonths(asOf, 6);
    const row = await db
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .where(inSubtrees('org_units.path', [scope.path]))
      .select([
        sql<string | number>`sum(case when people.status = 'active' then 1 else 0 end)`.as('now'),
        ...months.map((m, i) =>
          sql<
            string | number
          >`sum(case when people.created_at < ${m.toAt} and (people.status = 'active' or people.status_on > ${m.toDay}) then 1 else 0 end)`.as(
            `m${i}`,
          ),
        ),
      ])
      .executeTakeFirst();
    const at = (name: string) => Number((row as Record<string, string | number | null> | undefined)?.[name] ?? 0);
    const value = at('now');
    const series = months.map((m, i) => ({ label: m.label, value: at(`m${i}`), people: at(`m${i}`) }));
    return { value, people: value, previous: series[series.length - 2].value, series };
  },
};

export const ORG_PANELS: readonly PanelSource[] = [membersPanel];
