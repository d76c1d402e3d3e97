// An admin imports a roster file they uploaded (POST /upload/roster): every row is judged first, and the answer
// lists each problem by row number in a sentence. A dry run, or any problem at all, writes nothing. Otherwise the
// whole file goes in one transaction, in batches: new people with their member role, changed rows updating the
// person matched by roster number or phone. The same file again changes nothing. A mini-program upload (a cloud://
// file id: a roster usually arrives in a WeChat chat) is fetched once, judged by its bytes, and kept in the file store
// under `uploads/<uuid>.<kind>` like a host upload; the answer names that key for the import after the check.
import { importRosterInput, type ImportChange, type ImportResult, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { peopleInReach } from '../../../access/person-access';
import {
  branchDirectory,
  findMatches,
  insertRosterPeople,
  moveMemberGrant,
  type MatchedPerson,
} from '../../../data/roster';
import { recordFile } from '../../../data/files';
import { keepClientUpload, letClientUploadGo } from '../../../files/client-upload';
import { readAll } from '../../../files/stored-bytes';
import { judgeRosterFile } from '../../../files/roster-file';
import { ROSTER_MIME, rosterKind } from '../../../files/roster-kind';
import { scopeRoots } from '../../../rules/org-scope';
import {
  changesFor,
  FIELD_LABELS,
  fieldsOf,
  importSummary,
  otherPersonProblem,
  rowPlace,
  MAX_ROSTER_BYTES,
  MAX_ROSTER_ROWS,
  type RosterEntry,
  type RosterFields,
  type RowError,
} from '../../../rules/roster';
import { searchKey } from '../../../rules/roster-search';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import type { Deps } from '../../../runtime/deps';

/** Updates a dry run lists person by person; the count says how many in all (a whole city may change at once). */
const MAX_CHANGES_LISTED = 500;

const NOT_UPLOADED = '没有找到您上传的名册文件，可能已经过期。请重新上传。';
const TOO_LARGE = '第 1 行：名册文件超过了 20 MB，请按区或街道分成几个文件，分别导入。';

const FILE_PROBLEMS = {
  'not-a-roster':
    '第 1 行：这个文件不是 Excel（.xlsx）或 CSV 表格（WPS 或 LibreOffice 的 .ods、老式的 .xls 都读不了）。请在表格软件里“另存为” .xlsx 再上传。',
  unreadable: '第 1 行：这个 Excel 文件打不开，可能已经损坏。请在 Excel 里重新保存一次再上传。',
  'no-reader': '第 1 行：小程序里不能导入 Excel 表格，请在电脑上打开网页版导入。',
  // Reading stops at the row past the cap, so the total is not known: the sentence says where it stopped.
  'too-many-rows': `第 1 行：这个文件超过了 ${MAX_ROSTER_ROWS} 行的上限，读到第 ${MAX_ROSTER_ROWS + 1} 行就停下了。请按区或街道分成几个文件，分别导入。`,
} as const;

export const importRoster = action(
  {
    access: { roles: SCOPES.manageOrg },
    input: importRosterInput,
    limit: { points: 30, seconds: 600 },
  },
  async function importRoster(input, ctx): Promise<OrgApi['importRoster']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    let about: { sheet?: string; skipped?: RowError[] } = {};
    let changed: ImportChange[] = [];
    const answerFor =
      (fileRef: string) =>
      (errors: RowError[], counts = { created: 0, updated: 0, unchanged: 0 }): ImportResult => ({
        ...counts,
        errors,
        dryRun: input.dryRun,
        message: importSummary(counts, errors, input.dryRun, about),
        fileRef,
        changes: errors.length > 0 ? [] : changed,
        skipped: about.skipped ?? [],
        ...(about.sheet ? { sheet: about.sheet } : {}),
      });
    const source = deps.clientUploads?.owns(input.fileRef)
      ? await adoptClientUpload(deps, input.fileRef, caller.person.id)
      : await ownUpload(deps, input.fileRef, caller.person.id);
    if ('problem' in source) return answerFor(input.fileRef)([{ row: 1, message: source.problem }]);
    const { fileRef, bytes } = source;
    const answer = answerFor(fileRef);

    const roots = scopeRoots(caller.grants, SCOPES.manageOrg);
    // Read and judged in a worker thread (a 20 MB file must not hold the host), the rows' search keys with them.
    const judged = await judgeRosterFile(
      bytes,
      deps.spreadsheets,
      await branchDirectory(db, roots),
      deps.now().getUTCFullYear(),
    );
    if ('problem' in judged) return answer([{ row: 1, message: FILE_PROBLEMS[judged.problem] }]);
    about = { sheet: judged.sheet, skipped: judged.skipped };
    const place = (row: number) => rowPlace(row, judged.sheet);
    const errors = [...judged.errors];

    const matches = await findMatches(
      db,
      judged.entries.flatMap((e) => (e.phone ? [e.phone] : [])),
      judged.entries.flatMap((e) => (e.rosterNo ? [e.rosterNo] : [])),
      judged.entries.flatMap((e) => (e.personId !== null ? [e.personId] : [])),
    );
    const reachable = await peopleInReach(
      db,
      caller,
      SCOPES.manageOrg,
      [...matches.byPhone.values(), ...matches.byRosterNo.values(), ...matches.byId.values()].map((p) => p.id),
    );
    const creates: (RosterFields & { search_key: string })[] = [];
    const updates: { person: MatchedPerson; changes: Partial<RosterFields> }[] = [];
    const described: { row: number; person: MatchedPerson; changes: Partial<RosterFields> }[] = [];
    let unchanged = 0;
    for (const entry of judged.entries) {
      const matched = matchFor(entry, matches, reachable);
      if ('error' in matched) {
        errors.push({ row: entry.row, message: `${place(entry.row)}：${matched.error}` });
        continue;
      }
      if (matched.person === null) {
        if (entry.phone === null) {
          const said = entry.personId !== null ? `系统编号 ${entry.personId}` : `花名册编号 ${entry.rosterNo}`;
          errors.push({
            row: entry.row,
            message: `${place(entry.row)}：没有填手机号，${said}也找不到这位党员。新党员请填上手机号。`,
          });
        } else creates.push({ ...fieldsOf(entry), phone: entry.phone, search_key: entry.searchKey });
        continue;
      }
      const other = otherPersonProblem(matched.person, entry, matched.by);
      if (other) {
        errors.push({ row: entry.row, message: `${place(entry.row)}：${other}。` });
        continue;
      }
      const changes = changesFor(matched.person, entry);
      if (Object.keys(changes).length === 0) unchanged += 1;
      else {
        updates.push({ person: matched.person, changes });
        described.push({ row: entry.row, person: matched.person, changes });
      }
    }
    errors.sort((a, b) => a.row - b.row);
    const counts = { created: creates.length, updated: updates.length, unchanged };
    if (errors.length > 0) return answer(errors, counts);
    changed = await describeChanges(db, described.slice(0, MAX_CHANGES_LISTED));
    if (input.dryRun) return answer([], counts);

    const at = deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      await insertRosterPeople(trx, creates, at);
      for (const { person, changes } of updates) {
        const set = changes.name !== undefined ? { ...changes, search_key: searchKey(changes.name) } : changes;
        await trx
          .updateTable('people')
          .set({ ...set, updated_at: at })
          .where('id', '=', person.id)
          .execute();
        if (changes.org_unit_id !== undefined)
          await moveMemberGrant(trx, person.id, person.org_unit_id, changes.org_unit_id);
      }
      // One row for the file: who imported what, never the people's data (PIPL: the audit log is not a second roster).
      await audit({ entity: 'roster_import', entityId: fileRef, after: counts });
      return answer([], counts);
    });
  },
);

type Source = { fileRef: string; bytes: Uint8Array } | { problem: string };

/** A host upload (POST /upload/roster): in the store already, with a row naming its owner. */
async function ownUpload(deps: Deps, fileRef: string, personId: number): Promise<Source> {
  const file = await deps.database.db.selectFrom('files').selectAll().where('key', '=', fileRef).executeTakeFirst();
  if (!file || file.purpose !== 'upload' || file.owner_id !== personId) throw fail.notFound(NOT_UPLOADED);
  const bytes = await readAll(await deps.files.read(fileRef), MAX_ROSTER_BYTES);
  if (bytes === 'missing') throw fail.notFound(NOT_UPLOADED);
  return bytes === 'too-large' ? { problem: TOO_LARGE } : { fileRef, bytes };
}

/**
 * A mini-program upload, fetched once from WeChat cloud storage and kept as a host upload would be (the store, a
 * `files` row with its owner), so the import after the check reads the same bytes from the same place in any runtime.
 * The cloud copy is deleted then: the check's answer names the new key.
 */
async function adoptClientUpload(deps: Deps, ref: string, personId: number): Promise<Source> {
  const kept = await keepClientUpload(deps, ref, MAX_ROSTER_BYTES, (bytes) => {
    const kind = rosterKind(bytes);
    return kind ? { ext: kind, mime: ROSTER_MIME[kind] } : null;
  });
  if (kept === 'missing') throw fail.notFound(NOT_UPLOADED);
  if (kept === 'too-large') return { problem: TOO_LARGE };
  if (kept === 'wrong-kind') return { problem: FILE_PROBLEMS['not-a-roster'] };
  await recordFile(deps.database.db, {
    key: kept.key,
    purpose: 'upload',
    owner_id: personId,
    name: '',
    mime: kept.kind.mime,
    bytes: kept.bytes.byteLength,
    duration: null,
    created_at: deps.now().toISOString(),
  });
  await letClientUploadGo(deps, ref, deps.log);
  return { fileRef: kept.key, bytes: kept.bytes };
}

/**
 * The person a row describes: by the export's 系统编号 first, then roster number, else phone; refused when any
 * names someone the importer may not act on (backend/access/person-access.ts: never named, never changed) or two
 * of them name different people. `by` says how, for a sentence.
 */
function matchFor(
  entry: RosterEntry,
  matches: {
    byPhone: Map<string, MatchedPerson>;
    byRosterNo: Map<string, MatchedPerson>;
    byId: Map<number, MatchedPerson>;
  },
  reachable: ReadonlySet<number>,
): { person: null } | { person: MatchedPerson; by: string } | { error: string } {
  const byId = entry.personId !== null ? matches.byId.get(entry.personId) : undefined;
  const byNo = entry.rosterNo ? matches.byRosterNo.get(entry.rosterNo) : undefined;
  const byPhone = entry.phone ? matches.byPhone.get(entry.phone) : undefined;
  if (entry.personId !== null && (!byId || !reachable.has(byId.id)))
    return {
      error: `系统编号 ${entry.personId} 在您管理的范围里找不到这位党员。这一列是导出时写的，请不要改动，新党员请留空`,
    };
  if (byPhone && !reachable.has(byPhone.id))
    return { error: `手机号 ${entry.phone} 已经登记在您管理范围以外的一位党员名下，请核对。` };
  if (byNo && !reachable.has(byNo.id))
    return { error: `花名册编号 ${entry.rosterNo} 已经登记在您管理范围以外的一位党员名下，请核对。` };
  if (byId && byNo && byId.id !== byNo.id)
    return {
      error: `花名册编号 ${entry.rosterNo} 登记在${byNo.name}名下，和系统编号 ${entry.personId} 的${byId.name}不是同一个人，请核对。`,
    };
  const first = byId ?? byNo;
  if (first && byPhone && first.id !== byPhone.id)
    return {
      error: `手机号 ${entry.phone} 已经登记在${byPhone.name}名下，和${byId ? `系统编号 ${entry.personId}` : `花名册编号 ${entry.rosterNo}`} 的${first.name}不是同一个人，请核对。`,
    };
  if (byId) return { person: byId, by: `系统编号 ${entry.personId} ` };
  if (byNo) return { person: byNo, by: `花名册编号 ${entry.rosterNo} ` };
  if (byPhone) return { person: byPhone, by: `手机号 ${entry.phone} ` };
  return { person: null };
}

/** Each update for the dry run: the person, and every field it changes as the file's header names it, old → new. */
async function describeChanges(
  db: Deps['database']['db'],
  updates: readonly { row: number; person: MatchedPerson; changes: Partial<RosterFields> }[],
): Promise<ImportChange[]> {
  const unitIds = new Set<number>();
  for (const u of updates)
    if (u.changes.org_unit_id !== undefined) unitIds.add(u.changes.org_unit_id).add(u.person.org_unit_id);
  const units = unitIds.size
    ? await db
        .selectFrom('org_units')
        .select(['id', 'name'])
        .where('id', 'in', [...unitIds])
        .execute()
    : [];
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const shown = (key: keyof RosterFields, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '（空）';
    if (key === 'org_unit_id') return unitName.get(value as number) ?? String(value);
    return String(value);
  };
  return updates.map(({ row, person, changes }) => ({
    row,
    name: person.name,
    fields: (Object.keys(changes) as (keyof RosterFields)[]).map((key) => ({
      field: FIELD_LABELS[key],
      from: shown(key, person[key]),
      to: shown(key, changes[key]),
    })),
  }));
}
