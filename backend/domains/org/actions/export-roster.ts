// The roster of any unit in the caller's scope as .xlsx, in the template's columns so it can be edited and imported
// again. Phones in full only where the caller may see them; the export is audited (how many, never whose data).
import { exportRosterInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { fullNameOf, namesOnPaths } from '../queries/org';
import { exportSpreadsheet, inTurns, nextTurn } from '../../../files/exports';
import { phoneFor } from '../../../rules/phone-visibility';
import type { RosterFields } from '../../../rules/roster';
import { likeStartsWith } from '../../../data/like';
import { action } from '../../../runtime/define-function';
import { sql } from 'kysely';
import { ROSTER_COLUMNS, rosterRow } from './roster-sheet';
import { inRosterReach, requireRosterUnit } from '../access';

type Output = OrgApi['exportRoster']['output'];

/** People read per query: a few tens of milliseconds of SQLite each. */
const EXPORT_PAGE = 5000;

/** A person as the roster sheet writes them: the roster's own fields, with status and the unit's path. */
interface PersonRow extends RosterFields {
  id: number;
  status: Parameters<typeof rosterRow>[0]['status'];
  path: string;
}

export const exportRoster = action(
  {
    access: { roles: SCOPES.viewRoster },
    input: exportRosterInput,
    limit: { points: 20, seconds: 600 },
  },
  async function exportRoster(input, ctx): Promise<Output> {
    const db = ctx.deps.database.db;
    const unit = await requireRosterUnit(db, ctx.caller, input.orgUnitId, {
      forbidden: '这个单位不在您的管理范围内，不能导出它的名册。',
    });
    // A page at a time, and each page's rows made in turns: a city of 43,000 never holds the host's event loop
    // (a SQLite query runs synchronously, so one big one would).
    const rows: PersonRow[] = [];
    for (let after: PersonRow | undefined; ;) {
      const page = await db
        .selectFrom('people')
        .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
        .select([
          'people.id',
          'people.org_unit_id',
          'people.name',
          'people.gender',
          'people.birth_year',
          'people.phone',
          'people.joined_party_on',
          'people.former_post',
          'people.roster_no',
          'people.skills',
          'people.status',
          'org_units.path',
        ])
        .where(sql<boolean>`org_units.path like ${likeStartsWith(unit.path)} escape '\\'`)
        // The roster screen's rule: nobody a single lookup would refuse (the city admin at home in a branch).
        .where(inRosterReach(ctx.caller))
        .$if(after !== undefined, (q) =>
          q.where(sql<boolean>`(people.org_unit_id, people.id) > (${after?.org_unit_id}, ${after?.id})`),
        )
        .orderBy('people.org_unit_id')
        .orderBy('people.id')
        .limit(EXPORT_PAGE)
        .execute();
      rows.push(...page);
      after = page.at(-1);
      if (page.length < EXPORT_PAGE) break;
      await nextTurn();
    }
    const names = await namesOnPaths(db, [...new Set(rows.map((r) => r.path))]);
    let fullPhones = 0;
    const sheetRows = await inTurns(rows, (r) => {
      const shown = phoneFor(ctx.caller.grants, r.path, r.phone);
      if (shown.full) fullPhones += 1;
      return rosterRow({
        id: r.id,
        name: r.name,
        gender: r.gender,
        birthYear: r.birth_year,
        phone: shown.phone,
        joinedPartyOn: r.joined_party_on,
        formerPost: r.former_post,
        branch: fullNameOf(r.path, names),
        rosterNo: r.roster_no,
        skills: r.skills,
        status: r.status,
      });
    });
    return exportSpreadsheet({
      deps: ctx.deps,
      transaction: ctx.transaction,
      personId: ctx.caller.person.id,
      sheet: { name: `名册-${unit.name}`, columns: ROSTER_COLUMNS, rows: sheetRows },
      title: `${unit.name} 党员名册`,
      fileName: `党员名册-${unit.name}.xlsx`,
      about: { kind: 'roster', orgUnitId: unit.id, fullPhones },
    });
  },
);
