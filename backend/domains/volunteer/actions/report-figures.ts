// The figures of 服务统计: hours, records and head-counts per post, per team and per month, over the posts the
// caller may see (an admin's unit subtree, or the posts a manager runs), from the ledger's volunteer movements.
import type { Report, ReportRow } from '../../../../contracts/volunteer';
import { requireUnitInScope } from '../../../access/unit-scope';
import { inSubtrees } from '../../../data/org-units';
import { POST_ADMIN_ROLES } from '../queries/volunteer';
import { managedPostIds } from '../access';
import { hoursOf } from '../rules/hours';
import type { ContextFor } from '../../../runtime/define-function';

type Ctx = ContextFor<{ roles: readonly ('post_manager' | 'admin')[] }>;

interface Bucket {
  minutes: number;
  records: Set<number>;
  people: Set<number>;
}
const bucket = (): Bucket => ({ minutes: 0, records: new Set(), people: new Set() });

export async function loadReport(ctx: Ctx, input: { orgUnitId?: number; from: string; to: string }): Promise<Report> {
  const db = ctx.deps.database.db;
  let scope = '我管理的驿站';
  let postIds: number[];
  if (input.orgUnitId !== undefined) {
    const unit = await requireUnitInScope(db, ctx.caller, POST_ADMIN_ROLES, input.orgUnitId, {
      forbidden: '这个单位不在您的管理范围内，不能查看它的志愿服务统计。',
    });
    scope = unit.name;
    postIds = (
      await db
        .selectFrom('vol_posts')
        .innerJoin('org_units', 'org_units.id', 'vol_posts.org_unit_id')
        .select('vol_posts.id')
        .where(inSubtrees('org_units.path', [unit.path]))
        .execute()
    ).map((r) => r.id);
  } else {
    postIds = await managedPostIds(db, ctx.caller);
  }
  const empty: Report = {
    scope,
    from: input.from,
    to: input.to,
    byPost: [],
    byTeam: [],
    byMonth: [],
    totals: { hours: 0, records: 0, volunteers: 0 },
  };
  if (postIds.length === 0) return empty;

  const rows = await db
    .selectFrom('ledger_movements')
    .innerJoin('vol_records', 'vol_records.id', 'ledger_movements.record_id')
    .innerJoin('vol_posts', 'vol_posts.id', 'vol_records.post_id')
    .select([
      'ledger_movements.minutes',
      'ledger_movements.served_on',
      'ledger_movements.account_id',
      'ledger_movements.record_id',
      'vol_posts.id as post_id',
      'vol_posts.name as post_name',
    ])
    .where('ledger_movements.account_kind', '=', 'member')
    .where('vol_records.post_id', 'in', postIds)
    .where('ledger_movements.served_on', '>=', `${input.from}-01`)
    .where('ledger_movements.served_on', '<=', `${input.to}-31`)
    .execute();
  const people = [...new Set(rows.map((r) => r.account_id))];
  const teamsOf = new Map<number, { id: number; name: string }[]>();
  for (let i = 0; i < people.length; i += 500) {
    const chunk = people.slice(i, i + 500);
    const memberships = await db
      .selectFrom('vol_team_members')
      .innerJoin('vol_teams', 'vol_teams.id', 'vol_team_members.team_id')
      .select(['vol_team_members.person_id', 'vol_teams.id', 'vol_teams.name'])
      .where('vol_team_members.person_id', 'in', chunk)
      .execute();
    for (const m of memberships)
      teamsOf.set(m.person_id, [...(teamsOf.get(m.person_id) ?? []), { id: m.id, name: m.name }]);
  }

  const byPost = new Map<string, Bucket & { name: string; month: string; key: string }>();
  const byTeam = new Map<string, Bucket & { name: string; month: string; key: string }>();
  const byMonth = new Map<string, Bucket>();
  const total = bucket();
  const add = (b: Bucket, r: (typeof rows)[number]) => {
    b.minutes += r.minutes;
    if (r.record_id !== null) b.records.add(r.record_id);
    b.people.add(r.account_id);
  };
  for (const r of rows) {
    const month = r.served_on.slice(0, 7);
    const pk = `${month}|p${r.post_id}`;
    if (!byPost.has(pk)) byPost.set(pk, { ...bucket(), name: r.post_name, month, key: `post:${r.post_id}` });
    add(byPost.get(pk)!, r);
    for (const team of teamsOf.get(r.account_id) ?? [{ id: 0, name: '未加入服务队' }]) {
      const tk = `${month}|t${team.id}`;
      if (!byTeam.has(tk)) byTeam.set(tk, { ...bucket(), name: team.name, month, key: `team:${team.id}` });
      add(byTeam.get(tk)!, r);
    }
    if (!byMonth.has(month)) byMonth.set(month, bucket());
    add(byMonth.get(month)!, r);
    add(total, r);
  }
  const row = (b: Bucket & { name: string; month: string; key: string }): ReportRow => ({
    month: b.month,
    key: b.key,
    name: b.name,
    hours: hoursOf(b.minutes),
    records: countRecords(b),
    volunteers: countActive(b),
  });
  const order = (a: ReportRow, b: ReportRow) => a.month.localeCompare(b.month) || b.hours - a.hours;
  return {
    scope,
    from: input.from,
    to: input.to,
    byPost: [...byPost.values()].map(row).sort(order),
    byTeam: [...byTeam.values()].map(row).sort(order),
    byMonth: [...byMonth.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, b]) => ({
        month,
        hours: hoursOf(b.minutes),
        records: countRecords(b),
        volunteers: countActive(b),
      })),
    totals: { hours: hoursOf(total.minutes), records: countRecords(total), volunteers: countActive(total) },
  };
}

// A volunteer counts as active for a bucket when their hours there are above zero (a correction to 0 removes them).
function countActive(b: Bucket): number {
  return b.people.size;
}
function countRecords(b: Bucket): number {
  return b.records.size;
}
