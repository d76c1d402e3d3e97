// The existing list of talents (323 people on paper) comes in through the roster's own upload and parser: the same
// .xlsx with the talent columns (人才领域, 特长, 资质, 同意日期; backend/rules/roster.ts), rows matched to people on
// the roll as the roster import matches them. Every row is judged first; a dry run or any problem writes nothing.
// A profile imported without 同意日期 has no consent: she is asked in the app before anyone can invite her. The
// same file again changes nothing, and a consent she withdrew is never given back by a file.
import { SCOPES } from '../../../../contracts/roles';
import { importTalentsInput, type TalentImportResult } from '../../../../contracts/talent';
import { chinaInstant } from '../../../common/china-time';
import { peopleInReach } from '../../../access/person-access';
import { branchDirectory, findMatches, matchRosterEntry } from '../../../data/roster';
import { judgeRosterFile } from '../../../files/roster-file';
import { ownUpload } from '../../../files/roster-upload';
import { rowPlace, type RosterEntry, type RowError } from '../../../rules/roster';
import { scopeRoots } from '../../../rules/org-scope';
import { action } from '../../../runtime/define-function';
import { fieldNames } from '../queries/talent';
import { splitSpecialities } from '../../../../contracts/talent-slots';

const FILE_PROBLEMS = {
  'not-a-roster': '第 1 行：这个文件不是 Excel（.xlsx）或 CSV 表格。请在表格软件里“另存为” .xlsx 再上传。',
  'no-reader': '第 1 行：小程序里不能导入 Excel 表格，请在电脑上打开网页版导入。',
} as const;

type Planned = {
  personId: number;
  field: string;
  specialities: string[];
  qualifications: string | null;
  consentAt: string | null;
};

export const importTalents = action(
  { access: { roles: SCOPES.manageTalent }, input: importTalentsInput, limit: { points: 30, seconds: 600 } },
  async function importTalents({ fileRef, dryRun }, ctx): Promise<TalentImportResult> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const answer = (errors: RowError[], counts = { created: 0, updated: 0, unchanged: 0, notTalents: 0 }) => ({
      ...counts,
      errors,
      dryRun,
      message: summary(counts, errors.length, dryRun),
    });
    const source = await ownUpload(deps, fileRef, caller.person.id);
    if ('problem' in source) return answer([{ row: 1, message: source.problem }]);
    const judged = await judgeRosterFile(
      source.bytes,
      deps.spreadsheets,
      await branchDirectory(db, scopeRoots(caller.grants, SCOPES.manageTalent)),
      deps.now().getUTCFullYear(),
    );
    if ('problem' in judged)
      return answer([
        {
          row: 1,
          message:
            judged.problem in FILE_PROBLEMS
              ? FILE_PROBLEMS[judged.problem as keyof typeof FILE_PROBLEMS]
              : FILE_PROBLEMS['not-a-roster'],
        },
      ]);
    const place = (row: number) => rowPlace(row, judged.sheet);
    const errors = [...judged.errors];
    const talents = judged.entries.filter(
      (e): e is typeof e & { talent: NonNullable<RosterEntry['talent']> } => e.talent !== null,
    );
    const notTalents = judged.entries.length - talents.length;
    const fields = await fieldNames(db);
    const matches = await findMatches(
      db,
      talents.flatMap((e) => (e.phone ? [e.phone] : [])),
      talents.flatMap((e) => (e.rosterNo ? [e.rosterNo] : [])),
      talents.flatMap((e) => (e.personId !== null ? [e.personId] : [])),
    );
    const reachable = await peopleInReach(
      db,
      caller,
      SCOPES.manageTalent,
      [...matches.byPhone.values(), ...matches.byRosterNo.values(), ...matches.byId.values()].map((p) => p.id),
    );
    const planned: Planned[] = [];
    for (const entry of talents) {
      const matched = matchRosterEntry(entry, matches, reachable);
      const problems: string[] = [];
      if ('error' in matched) problems.push(matched.error.replace(/。$/, ''));
      else if (matched.person === null)
        problems.push(`${entry.name}还不在党员名册上，请先用“导入党员名册”导入这个文件，再导入人才库`);
      if (!fields.includes(entry.talent.field))
        problems.push(`人才领域“${entry.talent.field}”不在人才库的领域里，请填${fields.join('、')}中的一个`);
      if (problems.length > 0 || 'error' in matched || matched.person === null) {
        errors.push({ row: entry.row, message: `${place(entry.row)}：${problems.join('；')}。` });
        continue;
      }
      planned.push({
        personId: matched.person.id,
        field: entry.talent.field,
        specialities: splitSpecialities(entry.skills ?? ''),
        qualifications: entry.talent.qualifications,
        consentAt: entry.talent.consentOn ? chinaInstant(entry.talent.consentOn, '00:00').toISOString() : null,
      });
    }
    errors.sort((a, b) => a.row - b.row);

    const existing = new Map(
      (planned.length
        ? await db
            .selectFrom('talent_profiles')
            .selectAll()
            .where(
              'person_id',
              'in',
              planned.map((p) => p.personId),
            )
            .execute()
        : []
      ).map((p) => [p.person_id, p]),
    );
    const creates: Planned[] = [];
    const updates: { plan: Planned; consentAt: string | null }[] = [];
    let unchanged = 0;
    for (const plan of planned) {
      const before = existing.get(plan.personId);
      if (!before) {
        creates.push(plan);
        continue;
      }
      // A paper consent newer than the one on record counts; never over a withdrawal made after the paper was signed.
      const newer =
        plan.consentAt !== null &&
        (before.consent_at === null || plan.consentAt > before.consent_at) &&
        (before.withdrawn_at === null || plan.consentAt > before.withdrawn_at);
      const specialities = JSON.stringify(plan.specialities);
      const same =
        before.field === plan.field &&
        (plan.specialities.length === 0 || before.specialities_json === specialities) &&
        (plan.qualifications === null || before.qualifications === plan.qualifications) &&
        !newer;
      if (same) unchanged += 1;
      else updates.push({ plan, consentAt: newer ? plan.consentAt : null });
    }
    const counts = { created: creates.length, updated: updates.length, unchanged, notTalents };
    if (errors.length > 0) return answer(errors, counts);
    if (dryRun) return answer([], counts);

    const at = deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      for (const c of creates)
        await trx
          .insertInto('talent_profiles')
          .values({
            person_id: c.personId,
            field: c.field,
            specialities_json: JSON.stringify(c.specialities),
            qualifications: c.qualifications,
            availability_json: '[]',
            health: null,
            listed: 0,
            consent_at: c.consentAt,
            withdrawn_at: null,
            consent_asked_at: null,
            created_at: at,
            updated_at: at,
          })
          .execute();
      for (const { plan, consentAt } of updates)
        await trx
          .updateTable('talent_profiles')
          .set({
            field: plan.field,
            ...(plan.specialities.length > 0 ? { specialities_json: JSON.stringify(plan.specialities) } : {}),
            ...(plan.qualifications !== null ? { qualifications: plan.qualifications } : {}),
            ...(consentAt !== null ? { consent_at: consentAt, withdrawn_at: null } : {}),
            updated_at: at,
          })
          .where('person_id', '=', plan.personId)
          .execute();
      // One row for the file, never the people's data (the audit log is not a second list).
      await audit({ entity: 'talent_import', entityId: fileRef, after: counts });
      return answer([], counts);
    });
  },
);

function summary(
  c: { created: number; updated: number; unchanged: number; notTalents: number },
  errorCount: number,
  dryRun: boolean,
): string {
  if (errorCount > 0) return `有 ${errorCount} 行需要改，改好以后再导入。这次什么都没有导入。`;
  const what = `新加入人才库 ${c.created} 人，更新 ${c.updated} 人，没有变化 ${c.unchanged} 人，没有填人才领域的 ${c.notTalents} 人`;
  return dryRun ? `检查好了：${what}。确认没问题，请按“正式导入”。` : `导入好了：${what}。`;
}
