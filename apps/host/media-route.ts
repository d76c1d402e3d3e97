// GET/HEAD /media/<key>: the public part of the file store (file-keys.ts `visibilityOfKey`), from any store (the
// media folder, an S3 bucket several hosts share): one byte range (206, or 416 with `bytes */size` when nothing
// asked for is in the file; several ranges get the whole file), ETag and Last-Modified with 304 for a fresh copy,
// If-Range with strong validators only, a 7-day shared cache. A private key (exports, notice audio,
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
 * The range a Range header asks for within `size` bytes, as RFC 9110 §14.2 reads it: null to send the whole file
 * (no header, another unit, a syntactically invalid range-spec such as `bytes=5-2`, which is ignored rather than
 * refused, or several ranges of which at least one can be met: we answer those whole, never multipart), and
 * 'unsatisfiable' when no range in the list can be met (all start past the end, or a suffix of 0 bytes).
 */
export function parseRange(header: string | undefined, size: number): ByteRange {
  if (!header) return null;
  const m = /^\s*bytes\s*=(.*)$/i.exec(header);
  if (!m) return null;
  const specs = m[1].split(',').map((s) => s.trim());
  const ranges: { start: number; end: number }[] = [];
  for (const spec of specs) {
    const r = /^(\d*)-(\d*)$/.exec(spec);
    // One invalid range-spec makes the whole header invalid, and an invalid Range is ignored.
    if (!r || (r[1] === '' && r[2] === '')) return null;
    if (r[1] === '') {
      const suffix = Number(r[2]);
      if (suffix > 0 && size > 0) ranges.push({ start: Math.max(0, size - suffix), end: size - 1 });
      continue;
    }
    const start = Number(r[1]);
    if (r[2] !== '' && Number(r[2]) < start) return null;
    if (start < size) ranges.push({ start, end: r[2] === '' ? size - 1 : Math.min(Number(r[2]), size - 1) });
  }
  if (ranges.length === 0) return 'unsatisfiable';
  return specs.length === 1 ? ranges[0] : null;
}

/**
 * Whether an If-Range validator still names this copy (RFC 9110 §13.1.5): only a strong ETag, compared strongly, or
 * an HTTP date exactly equal to Last-Modified. A weak ETag never matches; anything else is a different copy.
 */
export function ifRangeHolds(ifRange: string, file: Pick<StoredFile, 'etag' | 'modified'>): boolean {
  const value = ifRange.trim();
  if (value.startsWith('W/')) return false;
  if (value.startsWith('"')) return !file.etag.startsWith('W/') && value === file.etag;
  // Not an ETag: a date, which must be Last-Modified itself (seconds), not merely later or earlier.
  const date = Date.parse(value);
  return Number.isFinite(date) && date === Math.floor(file.modified.getTime() / 1000) * 1000;
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
  const rangeAllowed = typeof ifRange !== 'string' || ifRangeHolds(ifRange, file);
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
