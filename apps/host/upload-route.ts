// POST /upload/audio (host only): an admin uploads a chapter's audio as multipart form data. The type is judged
// from the file's first bytes and the size from its length, before anything is kept; the length is read from the
// whole file; then it goes into the file store (`uploads/<uuid>.<ext>`) with a `files` row of what was read, and
// the answer is that key, the fileRef for audiobooks.addChapter. (In WeChat the mini-program uploads to cloud
// storage and passes the cloud:// id, which addChapter keeps in the file store.)
// Every upload ends in an answer within a bounded time — a body that stalls, is cut or lies about its length
// included — and leaves no partial file or open descriptor behind (registerUpload, upload-scope.ts).
import type { FastifyInstance } from 'fastify';
import { SCOPES } from '../../contracts/roles';
import { recordFile } from '../../backend/data/files';
import { MAX_AUDIO_BYTES } from '../../contracts/audio-upload';
import { probeAudioAt, sniffAudioType } from '../../backend/media/audio-probe';
import type { Deps } from '../../backend/runtime/deps';
import { sendError } from './error-answers';
import { registerUpload } from './upload-scope';

export interface UploadReply {
  fileRef: string;
  bytes: number;
  mime: string;
  duration: number;
}

/** What every upload route shares, set once for the host (server.ts). */
export interface UploadOptions {
  /** No byte of the body for this long ends the upload with an answer (a phone on a bad line still sends something). */
  idleTimeoutMs: number;
  /** Audio uploads allowed per signed-in person (per address when signed out) in each window. */
  rateLimit: { max: number; timeWindowMs: number };
}

export const DEFAULT_UPLOAD_OPTIONS: UploadOptions = {
  idleTimeoutMs: 30_000,
  // A book of 20 chapters in one sitting; more is a script, or a mistake worth a pause.
  rateLimit: { max: 20, timeWindowMs: 10 * 60_000 },
};

const SAY = {
  signIn: '请先登录，再上传音频。',
  forbidden: '只有管理员可以上传有声书。',
  tooLarge: '音频文件太大了，不能超过 100 MB。',
  notForm: '请用表单上传音频文件。',
  noFile: '没有收到音频文件，请重新选择文件上传。',
  oneFileOnly: '请只上传一个音频文件，不要附带其他内容。',
  notAccepted: '只能上传 MP3、AAC 或 M4A 格式的音频文件。',
  broken: '这个文件打不开，可能已经损坏。请换一个音频文件。',
  incomplete: '音频文件没有传完整，可能是网络断了。请检查网络后重新上传。',
  stalled: '上传等了很久没有收到新的内容，已经停止。请检查网络后重新上传。',
} as const;

// The longest signature, M4A's "ftyp", ends at byte 8.
const AUDIO_KINDS = { headBytes: 16, judge: sniffAudioType, refusedAs: 'VALIDATION' } as const;

export async function registerUploadRoute(
  app: FastifyInstance,
  deps: Deps,
  mediaDir: string,
  options: UploadOptions = DEFAULT_UPLOAD_OPTIONS,
): Promise<void> {
  await registerUpload(app, deps, {
    path: '/upload/audio',
    roles: SCOPES.manageLibrary,
    maxFileBytes: MAX_AUDIO_BYTES,
    kinds: AUDIO_KINDS,
    say: SAY,
    rateLimit: options.rateLimit,
    idleTimeoutMs: options.idleTimeoutMs,
    mediaDir,
    async keep({ temp, fileRef }, uploaderId, reply) {
      const facts = await probeAudioAt(temp);
      if (!facts) return sendError(reply, 'VALIDATION', SAY.broken);
      await deps.files.move(fileRef, temp, facts.mime);
      await recordFile(deps.database.db, {
        key: fileRef,
        purpose: 'upload',
        owner_id: uploaderId,
        name: '',
        mime: facts.mime,
        bytes: facts.bytes,
        duration: facts.duration,
        created_at: deps.now().toISOString(),
      });
      const data: UploadReply = { fileRef, ...facts };
      return reply.send({ ok: true, data });
    },
  });
}
