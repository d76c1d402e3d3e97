// POST /upload/audio (host only): an admin uploads a chapter's audio as multipart form data. The type is judged
// from the file's first bytes and the size from its length, before anything is kept; the answer is a fileRef
// for audiobooks.addChapter. (In WeChat the mini-program uploads to cloud storage and passes the cloud:// id.)
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { HTTP_STATUS, type ErrorCode } from '../../contracts/envelope';
import { MAX_AUDIO_BYTES, sniffAudioType } from '../media/audio-probe';
import { hasAnyRole } from '../rules/org-scope';
import { AppError } from '../runtime/app-error';
import { resolveCaller } from '../runtime/caller';
import type { Deps } from '../runtime/deps';

export interface UploadReply {
  fileRef: string;
  bytes: number;
  mime: string;
  duration: number;
}

function refuse(reply: FastifyReply, code: ErrorCode, message: string) {
  return reply.status(HTTP_STATUS[code]).send({ ok: false, error: { code, message } });
}

export async function registerUploadRoute(app: FastifyInstance, deps: Deps, mediaDir: string): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: MAX_AUDIO_BYTES, files: 1, fields: 0, parts: 1 } });
    // The 64 KB API body limit does not apply to this one route; multipart enforces its own file size limit.
    scope.post('/upload/audio', { bodyLimit: MAX_AUDIO_BYTES + 64 * 1024 }, async (req, reply) => {
      const auth = req.headers.authorization;
      try {
        const caller = await resolveCaller({ source: 'host', token: auth === undefined ? null : auth.replace(/^Bearer\s+/i, '') }, deps, true);
        if (caller.kind !== 'person') return refuse(reply, 'UNAUTHENTICATED', '请先登录，再上传音频。');
        if (!hasAnyRole(caller.grants, ['admin'])) return refuse(reply, 'FORBIDDEN', '只有管理员可以上传有声书。');
      } catch (err) {
        if (err instanceof AppError) return refuse(reply, err.code, err.message);
        throw err;
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_AUDIO_BYTES + 64 * 1024) return refuse(reply, 'PAYLOAD_TOO_LARGE', '音频文件太大了，不能超过 100 MB。');
      if (!req.isMultipart()) return refuse(reply, 'VALIDATION', '请用表单上传音频文件。');

      const part = await req.file();
      if (!part) return refuse(reply, 'VALIDATION', '没有收到音频文件，请重新选择文件上传。');

      // Judge the first bytes before writing anything to disk.
      const first = await readHead(part.file, 16);
      const type = sniffAudioType(first.head);
      if (!type) {
        part.file.resume();
        return refuse(reply, 'VALIDATION', '只能上传 MP3、AAC 或 M4A 格式的音频文件。');
      }
      const dir = path.join(mediaDir, 'uploads');
      await mkdir(dir, { recursive: true });
      const id = randomUUID();
      const temp = path.join(dir, `.${id}.part`);
      const fileRef = `uploads/${id}.${type}`;
      try {
        const out = createWriteStream(temp);
        out.write(Buffer.from(first.buffered));
        await pipeline(part.file, out);
        if (part.file.truncated) {
          await rm(temp, { force: true });
          return refuse(reply, 'PAYLOAD_TOO_LARGE', '音频文件太大了，不能超过 100 MB。');
        }
        await rename(temp, path.join(mediaDir, fileRef));
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
      const facts = await deps.audio.probe(fileRef);
      if (!facts) {
        await rm(path.join(mediaDir, fileRef), { force: true });
        return refuse(reply, 'VALIDATION', '这个文件打不开，可能已经损坏。请换一个音频文件。');
      }
      const data: UploadReply = { fileRef, ...facts };
      return reply.send({ ok: true, data });
    });
  });
}

/** Reads at least `size` bytes (or the whole stream if shorter) without losing them. */
async function readHead(stream: NodeJS.ReadableStream, size: number): Promise<{ head: Uint8Array; buffered: Uint8Array }> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const chunk = stream.read() as Buffer | null;
    if (chunk) {
      chunks.push(chunk);
      length += chunk.length;
      continue;
    }
    const ended = await new Promise<boolean>((resolve) => {
      const onReadable = () => { cleanup(); resolve(false); };
      const onEnd = () => { cleanup(); resolve(true); };
      const cleanup = () => { stream.off('readable', onReadable); stream.off('end', onEnd); };
      stream.once('readable', onReadable);
      stream.once('end', onEnd);
    });
    if (ended) break;
  }
  const buffered = Buffer.concat(chunks);
  return { head: buffered.subarray(0, size), buffered };
}
