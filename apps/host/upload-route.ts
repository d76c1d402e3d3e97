// POST /upload/audio (host only): an admin uploads a chapter's audio as multipart form data. The type is judged
// from the file's first bytes and the size from its length, before anything is kept; the length is read from the
// whole file; then it goes into the file store (`uploads/<uuid>.<ext>`) with a `files` row of what was read, and
// the answer is that key, the fileRef for audiobooks.addChapter. (In WeChat the mini-program uploads to cloud
// storage and passes the cloud:// id, which addChapter keeps in the file store.)
// Every upload ends in an answer within a bounded time — a body that stalls, is cut or lies about its length
// included — and leaves no partial file or open descriptor behind.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { rm } from 'node:fs/promises';
import type { ErrorCode } from '../../contracts/envelope';
import { SCOPES } from '../../contracts/roles';
import { recordFile } from '../../backend/data/files';
import { MAX_AUDIO_BYTES, probeAudioAt } from '../../backend/media/audio-probe';
import type { Deps } from '../../backend/runtime/deps';
import { sendError } from './error-answers';
import { prepareUploadScope, uploaderWith } from './upload-scope';
import { receiveAudio, UploadStopped, watchBody, wholeBody, type ReceivedAudio } from './upload-body';

export interface UploadReply {
  fileRef: string;
  bytes: number;
  mime: string;
  duration: number;
}

export interface UploadOptions {
  /** No byte of the body for this long ends the upload with an answer (a phone on a bad line still sends something). */
  idleTimeoutMs: number;
  /** Uploads allowed per signed-in person (per address when signed out) in each window. */
  rateLimit: { max: number; timeWindowMs: number };
}

export const DEFAULT_UPLOAD_OPTIONS: UploadOptions = {
  idleTimeoutMs: 30_000,
  // A book of 20 chapters in one sitting; more is a script, or a mistake worth a pause.
  rateLimit: { max: 20, timeWindowMs: 10 * 60_000 },
};

const SAY = {
  signIn: '请先登录，再上传音频。',
  adminsOnly: '只有管理员可以上传有声书。',
  tooLarge: '音频文件太大了，不能超过 100 MB。',
  notForm: '请用表单上传音频文件。',
  noFile: '没有收到音频文件，请重新选择文件上传。',
  oneFileOnly: '请只上传一个音频文件，不要附带其他内容。',
  notAudio: '只能上传 MP3、AAC 或 M4A 格式的音频文件。',
  broken: '这个文件打不开，可能已经损坏。请换一个音频文件。',
  incomplete: '音频文件没有传完整，可能是网络断了。请检查网络后重新上传。',
  stalled: '上传等了很久没有收到新的内容，已经停止。请检查网络后重新上传。',
} as const;

/** True for a multipart error that means "more than one file part" (busboy's limits), not a broken body. */
function isExtraPart(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_PROTO_VIOLATION';
}

export async function registerUploadRoute(app: FastifyInstance, deps: Deps, mediaDir: string, options: UploadOptions = DEFAULT_UPLOAD_OPTIONS): Promise<void> {
  await app.register(async (scope) => {
    await prepareUploadScope(scope, deps, MAX_AUDIO_BYTES);

    scope.post(
      '/upload/audio',
      {
        // The 64 KB API body limit does not apply to this one route; multipart enforces its own file size limit.
        bodyLimit: MAX_AUDIO_BYTES + 64 * 1024,
        config: { rateLimit: { max: options.rateLimit.max, timeWindow: options.rateLimit.timeWindowMs } },
      },
      async (req, reply) => {
        const uploaderId = await uploaderWith(req, reply, deps, SCOPES.manageLibrary, { signIn: SAY.signIn, forbidden: SAY.adminsOnly });
        if (uploaderId === null) return reply;
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > MAX_AUDIO_BYTES + 64 * 1024) return sendError(reply, 'PAYLOAD_TOO_LARGE', SAY.tooLarge);
        if (!req.isMultipart()) return sendError(reply, 'VALIDATION', SAY.notForm);
        return receiveUpload(req, reply, deps, uploaderId, mediaDir, options.idleTimeoutMs);
      },
    );
  });
}

type Outcome = { received: Extract<ReceivedAudio, { kind: 'written' }> } | { refused: ErrorCode; message: string };

async function receiveUpload(req: FastifyRequest, reply: FastifyReply, deps: Deps, uploaderId: number, mediaDir: string, idleTimeoutMs: number): Promise<FastifyReply> {
  const outcome = await takeUpload(req, mediaDir, idleTimeoutMs);
  if ('refused' in outcome) return sendError(reply, outcome.refused, outcome.message);
  const { temp, fileRef } = outcome.received;
  try {
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
  } finally {
    // Gone already when the store took it; a file that was not audio after all is deleted here.
    await rm(temp, { force: true });
  }
}

/**
 * Reads the form's one file to a closed part file, or says why not. On `received` the caller owns the part file;
 * on any other outcome it is closed and gone before this returns.
 */
async function takeUpload(req: FastifyRequest, mediaDir: string, idleTimeoutMs: number): Promise<Outcome> {
  // req.file() starts reading the body at once, so the watch starts right after it.
  const nextFile = req.file();
  const watch = watchBody(req.raw, idleTimeoutMs);
  let receiving: Promise<ReceivedAudio> | null = null;
  let kept = false;
  try {
    let part;
    try {
      part = await watch.race(nextFile);
    } catch (err) {
      if (isExtraPart(err)) return { refused: 'VALIDATION', message: SAY.oneFileOnly };
      if (err instanceof UploadStopped || isCutShort(err)) throw err;
      // busboy could not read the form at all: no boundary, or one it cannot use.
      return { refused: 'VALIDATION', message: SAY.notForm };
    }
    if (!part) return { refused: 'VALIDATION', message: SAY.noFile };

    receiving = receiveAudio(part.file, mediaDir, watch.signal);
    const received = await watch.race(receiving);
    if (received.kind === 'too-large') return { refused: 'PAYLOAD_TOO_LARGE', message: SAY.tooLarge };
    if (received.kind === 'not-audio' || received.kind === 'empty') {
      // Read the rest of a body of declared size (bounded above) so the browser is not cut off while sending.
      part.file.resume();
      if (req.headers['content-length'] !== undefined) await watch.race(wholeBody(req.raw));
      return { refused: 'VALIDATION', message: received.kind === 'empty' ? SAY.noFile : SAY.notAudio };
    }
    // A body that claims more than the form held is not a finished upload: wait for all of it, or stop.
    await watch.race(wholeBody(req.raw));
    watch.stop();
    kept = true;
    return { received };
  } catch (err) {
    if (err instanceof UploadStopped || watch.signal.aborted || isCutShort(err)) {
      const stalled = err instanceof UploadStopped && err.reason === 'idle';
      return { refused: 'UPLOAD_INCOMPLETE', message: stalled ? SAY.stalled : SAY.incomplete };
    }
    throw err;
  } finally {
    watch.stop();
    // receiveAudio has settled by now, or was aborted with the watch and settles at once, its file closed.
    const settled = await receiving?.catch(() => null);
    if (!kept && settled?.kind === 'written') await rm(settled.temp, { force: true });
  }
}

/** busboy's words for a form that ended before its closing boundary. */
function isCutShort(err: unknown): boolean {
  const message = err instanceof Error ? err.message : '';
  return /terminated early|Unexpected end of (multipart|form)/i.test(message);
}
