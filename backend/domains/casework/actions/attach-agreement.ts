// The signed agreement (调解协议书), as a photo or a PDF, kept in the private store under
// `casework/agreements/<uuid>.<ext>`: from the host's /upload/agreement (an upload the caller made) or a
// mini-program's cloud upload. Judged again by its first bytes before it is kept; replaces an earlier one.
import { randomUUID } from 'node:crypto';
import { attachAgreementInput, MAX_AGREEMENT_BYTES, type CaseworkApi } from '../../../../contracts/casework';
import { letClientUploadGo } from '../../../files/client-upload';
import { documentKind } from '../../../files/document-kind';
import { readAll } from '../../../files/stored-bytes';
import { forgetFiles } from '../../../data/files';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import type { Deps } from '../../../runtime/deps';
import { requireCaseStaff } from '../access';
import { openCaseProblem } from '../rules/casework';

export const AGREEMENTS_FOLDER = 'casework/agreements';

const SAY = {
  missing: '没有找到刚才上传的协议，请重新上传。',
  tooLarge: '协议文件太大了，不能超过 10 MB。请拍得小一些，或分成几页上传。',
  wrongKind: '协议只能是照片（JPG、PNG）或 PDF 文件。请重新拍照或选择文件。',
} as const;

export const attachAgreement = action(
  { access: 'person', input: attachAgreementInput, limit: { points: 30, seconds: 3600 } },
  async function attachAgreement(input, ctx): Promise<CaseworkApi['attachAgreement']['output']> {
    const { deps, caller, transaction } = ctx;
    const { row } = await requireCaseStaff(deps.database.db, caller, input.caseId, '上传协议');
    const closed = openCaseProblem(row.status);
    if (closed) throw fail.conflict(closed);
    const { bytes, hostKey } = await takeUpload(deps, input.fileRef, caller.person.id);
    const kind = documentKind(bytes);
    if (!kind) throw new AppError('UNSUPPORTED_MEDIA_TYPE', SAY.wrongKind);
    const key = `${AGREEMENTS_FOLDER}/${randomUUID()}.${kind.ext}`;
    await deps.files.put(key, bytes, kind.mime);
    const at = deps.now().toISOString();
    try {
      await transaction(async (trx, audit) => {
        await trx
          .updateTable('casework_cases')
          .set({ agreement_key: key, agreement_mime: kind.mime, agreement_bytes: bytes.byteLength, agreement_at: at })
          .where('id', '=', row.id)
          .execute();
        // The upload is now the agreement: no longer an upload waiting for its use.
        if (hostKey) await forgetFiles(trx, [hostKey]);
        await audit({
          entity: 'casework_case',
          entityId: row.id,
          before: { agreement: row.agreement_key },
          after: { agreement: key, mime: kind.mime, bytes: bytes.byteLength },
        });
      });
    } catch (err) {
      await deps.files.delete(key).catch(() => {});
      throw err;
    }
    if (hostKey) await deps.files.delete(hostKey).catch(() => {});
    else await letClientUploadGo(deps, input.fileRef, deps.log);
    if (row.agreement_key) await deps.files.delete(row.agreement_key).catch(() => {});
    return { agreement: { mime: kind.mime, bytes: bytes.byteLength } };
  },
);

/** The uploaded bytes: a cloud upload (hostKey null), or the caller's own host upload (its key). */
async function takeUpload(
  deps: Deps,
  ref: string,
  personId: number,
): Promise<{ bytes: Uint8Array; hostKey: string | null }> {
  if (deps.clientUploads?.owns(ref)) {
    const bytes = await deps.clientUploads.fetch(ref);
    if (!bytes) throw fail.notFound(SAY.missing);
    if (bytes.byteLength > MAX_AGREEMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', SAY.tooLarge);
    return { bytes, hostKey: null };
  }
  const file = await deps.database.db.selectFrom('files').selectAll().where('key', '=', ref).executeTakeFirst();
  if (!file || file.purpose !== 'upload' || file.owner_id !== personId) throw fail.notFound(SAY.missing);
  const bytes = await readAll(await deps.files.read(ref), MAX_AGREEMENT_BYTES);
  if (bytes === 'missing') throw fail.notFound(SAY.missing);
  if (bytes === 'too-large') throw new AppError('PAYLOAD_TOO_LARGE', SAY.tooLarge);
  return { bytes, hostKey: ref };
}
