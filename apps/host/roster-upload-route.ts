// POST /upload/roster (host only): an admin uploads a roster file (.xlsx or .csv, ≤ 20 MB) as multipart form data,
// field `file`. The kind is judged from the bytes, not the name; the file goes into the file store under
// `uploads/<uuid>.xlsx|csv` with a `files` row naming its owner, and the answer is that key, the fileRef for
// org.importRoster. Abandoned uploads are swept with the audio ones (upload-sweep.ts).
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { SCOPES } from '../../contracts/roles';
import { recordFile } from '../../backend/data/files';
import { FILE_FOLDERS } from '../../backend/files/file-keys';
import { MAX_ROSTER_BYTES } from '../../backend/rules/roster';
import type { Deps } from '../../backend/runtime/deps';
import { sendError } from './error-answers';
import { prepareUploadScope, uploaderWith } from './upload-scope';

export interface RosterUploadReply {
  fileRef: string;
  bytes: number;
  kind: 'xlsx' | 'csv';
}

const SAY = {
  signIn: '请先登录，再上传名册。',
  adminsOnly: '只有管理员可以导入名册。',
  tooLarge: '名册文件太大了，不能超过 20 MB。请按区或街道分成几个文件，分别上传。',
  notForm: '请用表单上传名册文件。',
  noFile: '没有收到名册文件，请重新选择文件上传。',
  notRoster: '只能上传 Excel（.xlsx）或 CSV 格式的名册。请用下载的模板填写后，另存为 .xlsx 再上传。',
} as const;

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv' } as const;

/** xlsx is a zip; csv is text without NUL bytes. Anything else (pdf, images, .xls) is refused. */
export function rosterKind(bytes: Uint8Array): 'xlsx' | 'csv' | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes.length === 0 || bytes.subarray(0, 8192).includes(0)) return null;
  // Old binary Excel (.xls, an OLE file) and other formats start with bytes that are not text.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return null;
  return 'csv';
}

export async function registerRosterUploadRoute(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(async (scope) => {
    await prepareUploadScope(scope, deps, MAX_ROSTER_BYTES);
    scope.post('/upload/roster', { bodyLimit: MAX_ROSTER_BYTES + 64 * 1024, config: { rateLimit: { max: 30, timeWindow: 10 * 60_000 } } }, async (req, reply) => {
      const ownerId = await uploaderWith(req, reply, deps, SCOPES.manageOrg, { signIn: SAY.signIn, forbidden: SAY.adminsOnly });
      if (ownerId === null) return reply;
      if (Number(req.headers['content-length'] ?? 0) > MAX_ROSTER_BYTES + 64 * 1024) return sendError(reply, 'PAYLOAD_TOO_LARGE', SAY.tooLarge);
      if (!req.isMultipart()) return sendError(reply, 'VALIDATION', SAY.notForm);
      let bytes: Buffer;
      try {
        const part = await req.file();
        if (!part || part.fieldname !== 'file') return sendError(reply, 'VALIDATION', SAY.noFile);
        bytes = await part.toBuffer();
        // busboy stops at the limit and marks the stream truncated; a file cut there is not the file that was sent.
        if (part.file.truncated || bytes.length > MAX_ROSTER_BYTES) return sendError(reply, 'PAYLOAD_TOO_LARGE', SAY.tooLarge);
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') return sendError(reply, 'PAYLOAD_TOO_LARGE', SAY.tooLarge);
        if (code && code.startsWith('FST_')) return sendError(reply, 'VALIDATION', SAY.notForm);
        return sendError(reply, 'UPLOAD_INCOMPLETE', '名册文件没有传完整，可能是网络断了。请重新上传。');
      }
      const kind = rosterKind(bytes);
      if (kind === null) return sendError(reply, bytes.length === 0 ? 'VALIDATION' : 'UNSUPPORTED_MEDIA_TYPE', bytes.length === 0 ? SAY.noFile : SAY.notRoster);
      const fileRef = `${FILE_FOLDERS.uploads}/${randomUUID()}.${kind}`;
      await deps.files.put(fileRef, bytes, MIME[kind]);
      await recordFile(deps.database.db, { key: fileRef, purpose: 'upload', owner_id: ownerId, name: '', mime: MIME[kind], bytes: bytes.length, duration: null, created_at: deps.now().toISOString() });
      const data: RosterUploadReply = { fileRef, bytes: bytes.length, kind };
      return reply.send({ ok: true, data });
    });
  });
}
