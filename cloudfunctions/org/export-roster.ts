// The roster of any unit in the caller's scope as .xlsx, in the template's columns so it can be edited and imported
// again. Phones in full only where the caller may see them; the export is audited (how many, never whose data).
import { exportRosterInput, type OrgApi } from '../../contracts/org';
import { SCOPES } from '../../contracts/roles';
import { requireUnitInScope } from '../../backend/access/unit-scope';
import { fullNameOf, namesOnPaths } from '../../backend/data/org';
import { exportSpreadsheet } from '../../backend/files/exports';
import { phoneFor } from '../../backend/rules/phone-visibility';
import { likeStartsWith } from '../../backend/data/like';
import { action } from '../../backend/runtime/define-function';
import { sql } from 'kysely';
import { ROSTER_COLUMNS, rosterRow } from './roster-sheet';

type Output = OrgApi['exportRoster']['output'];

export const exportRoster = action({
  access: { roles: SCOPES.viewRoster },
  input: exportRosterInput,
  limit: { points: 20, seconds: 600 },
  async run(input, ctx): Promise<Output> {
    const db = ctx.deps.database.db;
    const unit = await requireUnitInScope(db, ctx.caller, SCOPES.viewRoster, input.orgUnitId, { forbidden: '这个单位不在您的管理范围内，不能导出它的名册。' });
    const rows = await db
      .selectFrom('people')
      .innerJoin('org_units', 'org_units.id', 'people.org_unit_id')
      .select(['people.name', 'people.gender', 'people.birth_year', 'people.phone', 'people.joined_party_on', 'people.former_post', 'people.roster_no', 'people.skills', 'people.status', 'org_units.path'])
      .where(sql<boolean>`org_units.path like ${likeStartsWith(unit.path)} escape '\\'`)
      .orderBy('people.org_unit_id')
      .orderBy('people.id')
      .execute();
    const names = await namesOnPaths(db, [...new Set(rows.map((r) => r.path))]);
    let fullPhones = 0;
    const sheetRows = rows.map((r) => {
      const shown = phoneFor(ctx.caller.grants, r.path, r.phone);
      if (shown.full) fullPhones += 1;
      return rosterRow({ name: r.name, gender: r.gender, birthYear: r.birth_year, phone: shown.phone, joinedPartyOn: r.joined_party_on, formerPost: r.former_post, branch: fullNameOf(r.path, names), rosterNo: r.roster_no, skills: r.skills, status: r.status });
    });
    return exportSpreadsheet({
      deps: ctx.deps,
      transaction: ctx.transaction,
      personId: ctx.caller.person.id,
      sheet: { name: `名册-${unit.name}`, columns: ROSTER_COLUMNS, rows: sheetRows },
      fileName: `党员名册-${unit.name}.xlsx`,
      about: { kind: 'roster', orgUnitId: unit.id, fullPhones },
    });
  },
});
