// GET/HEAD /media/<key>: the public part of the file store (file-keys.ts `visibilityOfKey`), from any store (the
// media folder, an S3 bucket several hosts share): one byte range (206, or 416 outside the file), ETag and
// Last-Modified with 304 for a fresh copy, If-Range, a 7-day shared cache. A private key (exports, notice audio,
// a roster upload) is answered exactly like a missing one, with no-store: private files have routes that check
// who asks (/files, /listen). `sendStoredFile` is the streaming answer both kinds of route share.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isFileKey, visibilityOfKey } from '../../backend/files/file-keys';
import type { Deps, FileStore, StoredFile } from '../../backend/runtime/deps';
import { errorBody, SAY, sendError } from './error-answers';

const MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
export const PUBLIC_CACHE = `public, max-age=${MAX_AGE_SECONDS}`;
/** What every private answer carries, the file and any refusal: no shared cache keeps it, nor the browser. */
export const PRIVATE_CACHE = 'private, no-store';

export type ByteRange = { start: number; end: number } | 'unsatisfiable' | null;

/**
 * The one range a Range header asks for within `size` bytes: null to send the whole file (no header, a header
 * that is not one plain bytes range, or several ranges), 'unsatisfiable' for a range that starts past the end.
 */
export function parseRange(header: string | undefined, size: number): ByteRange {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** Whether an If-None-Match list names this ETag (weak comparison, as for GET). */
function matchesEtag(list: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return list.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

function isFresh(req: FastifyRequest, file: StoredFile): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return matchesEtag(inm, file.etag);
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && Math.floor(file.modified.getTime() / 1000) <= Math.floor(since / 1000);
}

/**
 * Streams a stored file as HTTP asks: validators and 304, If-Range, one byte range or the whole file, HEAD without
 * reading. `cacheControl` is the caller's decision (public for /media, private for everything personal).
 */
export async function sendStoredFile(
  req: FastifyRequest,
  reply: FastifyReply,
  files: FileStore,
  key: string,
  file: StoredFile,
  cacheControl: string,
): Promise<FastifyReply> {
  reply
    .header('accept-ranges', 'bytes')
    .header('etag', file.etag)
    .header('last-modified', file.modified.toUTCString())
    .header('cache-control', cacheControl);
  if (isFresh(req, file)) return reply.status(304).send();

  // If-Range: the range only while the copy the player holds is still this one; otherwise the whole file.
  const ifRange = req.headers['if-range'];
  const rangeAllowed =
    typeof ifRange !== 'string' ||
    ifRange === file.etag ||
    Date.parse(ifRange) >= Math.floor(file.modified.getTime() / 1000) * 1000;
  const range = rangeAllowed ? parseRange(req.headers.range, file.bytes) : null;
  if (range === 'unsatisfiable') {
    // 416 is HTTP's own answer for this (a player asking past the end); the body is still our envelope.
    return reply
      .status(416)
      .header('content-range', `bytes */${file.bytes}`)
      .send(errorBody('VALIDATION', '请求的位置超出了文件的长度。'));
  }
  reply.type(file.mime);
  if (range) reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${file.bytes}`);
  const length = range ? range.end - range.start + 1 : file.bytes;
  reply.header('content-length', length);
  if (req.method === 'HEAD' || length === 0) return reply.send();
  const body = await files.read(key, range ?? undefined);
  if (!body) return sendError(reply.header('cache-control', PRIVATE_CACHE), 'NOT_FOUND', SAY.notFound);
  return reply.send(body);
}

/** Whether /media may serve this key to anyone: a public folder, or an upload a chapter plays. */
async function isPublicFile(deps: Deps, key: string): Promise<boolean> {
  const visibility = visibilityOfKey(key);
  if (visibility === 'public') return true;
  if (visibility === 'private') return false;
  const chapter = await deps.database.db
    .selectFrom('chapters')
    .select('id')
    .where('audio_path', '=', key)
    .executeTakeFirst();
  return chapter !== undefined;
}

export function registerMediaRoute(app: FastifyInstance, deps: Deps): void {
  const notFound = (reply: FastifyReply) =>
    sendError(reply.header('cache-control', PRIVATE_CACHE), 'NOT_FOUND', SAY.notFound);
  const serve = async (req: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
    let key: string;
    try {
      key = decodeURIComponent(req.params['*']);
    } catch {
      return notFound(reply);
    }
    if (!isFileKey(key) || !(await isPublicFile(deps, key))) return notFound(reply);
    const file = await deps.files.stat(key);
    if (!file) return notFound(reply);
    return sendStoredFile(req, reply, deps.files, key, file, PUBLIC_CACHE);
  };
  // HEAD is this handler too, declared (fastify's automatic HEAD route would answer a length of 0); it reads nothing.
  app.route({ method: ['GET', 'HEAD'], url: '/media/*', exposeHeadRoute: false, handler: serve });
}
