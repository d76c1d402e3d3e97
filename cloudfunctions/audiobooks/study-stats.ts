// A secretary's (or admin's) view of a month of study in their branch or subtree: who listened how long.
import { studyStatsInput, type AudiobooksApi } from '../../contracts/audiobooks';
import { SCOPES } from '../../contracts/roles';
import { requireUnitInScope } from '../../backend/access/unit-scope';
import { inSubtrees } from '../../backend/data/org-units';
import { monthRange } from '../../backend/rules/china-day';
import { action } from '../../backend/runtime/define-function';

/** Rows returned at most; a city-wide view is summed in totals, not listed person by person beyond this. */
const MAX_ROWS = 2000;

export const studyStats = action({
  access: { roles: SCOPES.manageBranch },
  input: studyStatsInput,
  async run({ orgUnitId, month }, { deps, caller }): Promise<AudiobooksApi['studyStats']['output']> {
    const db = deps.database.db;
    const unit = await requireUnitInScope(db, caller, 'manageBranch', orgUnitId, { forbidden: '这个单位不在您的管理范围内，不能查看它的学习情况。' });
    const { from, to } = monthRange(month);

    const rows = await db
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .leftJoin('study_days', (join) =>
        join.onRef('study_days.person_id', '=', 'people.id').on('study_days.day', '>=', from).on('study_days.day', '<=', to),
      )
      .select((eb) => [
        'people.id',
        'people.name',
        'people.org_unit_id',
        'org_units.name as unit_name',
        eb.fn.coalesce(eb.fn.sum<number | string | null>('study_days.seconds'), eb.lit(0)).as('seconds'),
        eb.fn.count<string>('study_days.id').as('active_days'),
      ])
      .where(inSubtrees('org_units.path', [unit.path]))
      .groupBy(['people.id', 'people.name', 'people.org_unit_id', 'org_units.name'])
      .execute();

    const members = rows
      .map((r) => ({ personId: r.id, name: r.name, orgUnitId: r.org_unit_id, orgUnitName: r.unit_name, seconds: Math.round(Number(r.seconds)), activeDays: Number(r.active_days) }))
      .sort((a, b) => b.seconds - a.seconds || a.personId - b.personId);
    return {
      orgUnitId: unit.id,
      orgUnitName: unit.name,
      month,
      totalSeconds: members.reduce((s, m) => s + m.seconds, 0),
      memberCount: members.length,
      activeMembers: members.filter((m) => m.seconds > 0).length,
      members: members.slice(0, MAX_ROWS),
    };
  },
});
