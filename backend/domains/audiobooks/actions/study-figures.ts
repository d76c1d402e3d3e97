// The study figures of a unit's subtree for a month, shared by studyStats (on screen) and exportStudyStats
// (a spreadsheet): who listened how long on how many days, most first. Checks the caller's scope first, and lists
// only people the caller may act on (the domain's access.ts): not the city admin at home in a branch.
import type { MemberStudy } from '../../../../contracts/audiobooks';
import type { Granted } from '../../../access/unit-scope';
import type { Database } from '../../../data/database';
import { inSubtrees } from '../../../data/org-units';
import type { OrgUnitRow } from '../../../data/schema';
import { monthRange } from '../../../common/china-time';
import { inStudyReach, requireStudyUnit } from '../access';

export interface StudyFigures {
  unit: OrgUnitRow;
  members: MemberStudy[];
}

export async function loadStudyFigures(
  database: Database,
  caller: Granted,
  orgUnitId: number,
  month: string,
  forbidden: string,
): Promise<StudyFigures> {
  const db = database.db;
  const unit = await requireStudyUnit(db, caller, orgUnitId, forbidden);
  const { from, to } = monthRange(month);

  const rows = await db
    .selectFrom('people')
    .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
    .leftJoin('study_days', (join) =>
      join
        .onRef('study_days.person_id', '=', 'people.id')
        .on('study_days.day', '>=', from)
        .on('study_days.day', '<=', to),
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
    .where(inStudyReach(caller))
    .groupBy(['people.id', 'people.name', 'people.org_unit_id', 'org_units.name'])
    .execute();

  const members = rows
    .map((r) => ({
      personId: r.id,
      name: r.name,
      orgUnitId: r.org_unit_id,
      orgUnitName: r.unit_name,
      seconds: Math.round(Number(r.seconds)),
      activeDays: Number(r.active_days),
    }))
    .sort((a, b) => b.seconds - a.seconds || a.personId - b.personId);
  return { unit, members };
}
