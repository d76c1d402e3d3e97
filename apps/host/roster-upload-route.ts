// POST /upload/roster (host only): an admin uploads a roster file (.xlsx or .csv, ≤ 20 MB) as multipart form data,
// field `file`. The kind is judged from the first bytes, not the name; the body is received like every upload
// (registerUpload: written to a part file as it arrives, the same idle timeout, size limit and early close), then
// the file goes into the file store under `uploads/<uuid>.xlsx|csv` with a `files` row naming its owner, and the
// answer is that key, the fileRef for org.importRoster. Abandoned uploads are swept with the audio ones.
import type { FastifyInstance } from 'fastify';
import { stat } from 'node:fs/promises';
import { SCOPES } from '../../contracts/roles';
import { recordFile } from '../../backend/data/files';
import { ROSTER_HEAD_BYTES, ROSTER_MIME as MIME, rosterKind } from '../../backend/files/roster-kind';
import { MAX_ROSTER_BYTES } from '../../backend/rules/roster';
import type { Deps } from '../../backend/runtime/deps';
import { DEFAULT_UPLOAD_OPTIONS, type UploadOptions } from './upload-route';
import { registerUpload } from './upload-scope';

export interface RosterUploadReply {
  fileRef: string;
  bytes: number;
  kind: 'xlsx' | 'csv';
}

const SAY = {
  signIn: '请先登录，再上传名册。',
  forbidden: '只有管理员可以导入名册。',
  tooLarge: '名册文件太大了，不能超过 20 MB。请按区或街道分成几个文件，分别上传。',
  notForm: '请用表单上传名册文件。',
  noFile: '没有收到名册文件，请重新选择文件上传。',
  oneFileOnly: '请只上传一个名册文件，不要附带其他内容。',
  notAccepted:
    '只能上传 Excel（.xlsx）或 CSV 格式的名册，WPS 或 LibreOffice 的 .ods、老式的 .xls 都读不了。请在表格软件里“另存为” .xlsx 再上传。',
  incomplete: '名册文件没有传完整，可能是网络断了。请重新上传。',
  stalled: '上传等了很久没有收到新的内容，已经停止。请检查网络后重新上传。',
} as const;

export async function registerRosterUploadRoute(
  app: FastifyInstance,
  deps: Deps,
  mediaDir: string,
  options: Pick<UploadOptions, 'idleTimeoutMs'> = DEFAULT_UPLOAD_OPTIONS,
): Promise<void> {
  await registerUpload(app, deps, {
    path: '/upload/roster',
    roles: SCOPES.manageOrg,
    maxFileBytes: MAX_ROSTER_BYTES,
    kinds: { headBytes: ROSTER_HEAD_BYTES, judge: rosterKind, refusedAs: 'UNSUPPORTED_MEDIA_TYPE' },
    say: SAY,
    // An admin fixing a file and trying again, many times over; more is a script.
    rateLimit: { max: 30, timeWindowMs: 10 * 60_000 },
    idleTimeoutMs: options.idleTimeoutMs,
    mediaDir,
    async keep({ temp, fileRef, type }, ownerId, reply) {
      const { size } = await stat(temp);
      await deps.files.move(fileRef, temp, MIME[type]);
      await recordFile(deps.database.db, {
        key: fileRef,
        purpose: 'upload',
        owner_id: ownerId,
        name: '',
        mime: MIME[type],
        bytes: size,
        duration: null,
        created_at: deps.now().toISOString(),
      });
      const data: RosterUploadReply = { fileRef, bytes: size, kind: type };
      return reply.send({ ok: true, data });
    },
  });
}
