// An admin imports a roster file they uploaded (POST /upload/roster): every row is judged first, and the answer
// lists each problem by row number in a sentence. A dry run, or any problem at all, writes nothing. Otherwise the
// whole file goes in one transaction, in batches: new people with their member role, changed rows updating the
// person matched by roster number or phone. The same file again changes nothing. A mini-program upload (a cloud://
// file id: a roster usually arrives in a WeChat chat) is fetched once, judged by its bytes, and kept in the file store
// under `uploads/<uuid>.<kind>` like a host upload; the answer names that key for the import after the check.
import { importRosterInput, type ImportResult, type OrgApi } from '../../../../contracts/org';
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
import { judgeRosterFile } from '../../../files/roster-file';
import { ROSTER_MIME, rosterKind } from '../../../files/roster-kind';
import { scopeRoots } from '../../../rules/org-scope';
import {
  changesFor,
  fieldsOf,
  importSummary,
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
import type { Readable } from 'node:stream';

const NOT_UPLOADED = '没有找到您上传的名册文件，可能已经过期。请重新上传。';
const TOO_LARGE = '第 1 行：名册文件超过了 20 MB，请按区或街道分成几个文件，分别导入。';

const FILE_PROBLEMS = {
  'not-a-roster': '第 1 行：这个文件不是 Excel（.xlsx）或 CSV 表格。请用下载的模板填写后，另存为 .xlsx 再上传。',
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
    const answerFor =
      (fileRef: string) =>
      (errors: RowError[], counts = { created: 0, updated: 0, unchanged: 0 }): ImportResult => ({
        ...counts,
        errors,
        dryRun: input.dryRun,
        message: importSummary(counts, errors, input.dryRun),
        fileRef,
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
    const errors = [...judged.errors];

    const matches = await findMatches(
      db,
      judged.entries.map((e) => e.phone),
      judged.entries.flatMap((e) => (e.rosterNo ? [e.rosterNo] : [])),
    );
    const reachable = await peopleInReach(
      db,
      caller,
      SCOPES.manageOrg,
      [...matches.byPhone.values(), ...matches.byRosterNo.values()].map((p) => p.id),
    );
    const creates: (RosterFields & { search_key: string })[] = [];
    const updates: { person: MatchedPerson; changes: Partial<RosterFields> }[] = [];
    let unchanged = 0;
    for (const entry of judged.entries) {
      const matched = matchFor(entry, matches, reachable);
      if ('error' in matched) {
        errors.push({ row: entry.row, message: `第 ${entry.row} 行：${matched.error}` });
        continue;
      }
      if (matched.person === null) {
        creates.push({ ...fieldsOf(entry), search_key: entry.searchKey });
        continue;
      }
      const changes = changesFor(matched.person, entry);
      if (Object.keys(changes).length === 0) unchanged += 1;
      else updates.push({ person: matched.person, changes });
    }
    errors.sort((a, b) => a.row - b.row);
    const counts = { created: creates.length, updated: updates.length, unchanged };
    if (errors.length > 0) return answer(errors, counts);
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
  return bytes ? { fileRef, bytes } : { problem: TOO_LARGE };
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
 * The person a row describes: by roster number first, else by phone; refused when either names someone the
 * importer may not act on (backend/access/person-access.ts: never named, never changed) or the two disagree.
 */
function matchFor(
  entry: RosterEntry,
  matches: { byPhone: Map<string, MatchedPerson>; byRosterNo: Map<string, MatchedPerson> },
  reachable: ReadonlySet<number>,
): { person: MatchedPerson | null } | { error: string } {
  const byNo = entry.rosterNo ? matches.byRosterNo.get(entry.rosterNo) : undefined;
  const byPhone = matches.byPhone.get(entry.phone);
  if (byPhone && !reachable.has(byPhone.id))
    return { error: `手机号 ${entry.phone} 已经登记在您管理范围以外的一位党员名下，请核对。` };
  if (byNo && !reachable.has(byNo.id))
    return { error: `花名册编号 ${entry.rosterNo} 已经登记在您管理范围以外的一位党员名下，请核对。` };
  if (byNo && byPhone && byNo.id !== byPhone.id)
    return {
      error: `手机号 ${entry.phone} 已经登记在${byPhone.name}名下，和花名册编号 ${entry.rosterNo} 的${byNo.name}不是同一个人，请核对。`,
    };
  return { person: byNo ?? byPhone ?? null };
}

/** The stream's bytes, or null once they pass `max`. */
async function readAll(stream: Readable | null, max: number): Promise<Uint8Array | null> {
  if (!stream) throw fail.notFound(NOT_UPLOADED);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > max) {
      stream.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
