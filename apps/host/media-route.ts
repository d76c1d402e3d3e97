// GET/HEAD /media/<key> from a file store that is not this host's disk (an S3 bucket several hosts share): the
// same answers @fastify/static gives for the media folder — one byte range (206, or 416 outside the file),
// ETag and Last-Modified with 304 for a fresh copy, If-Range, a 7-day cache — streamed from the store.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isFileKey } from '../../backend/files/file-keys';
import type { FileStore, StoredFile } from '../../backend/runtime/deps';
import { errorBody, SAY, sendError } from './error-answers';

const MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

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

export function registerStoreMediaRoute(app: FastifyInstance, files: FileStore): void {
  const serve = async (req: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
    let key: string;
    try {
      key = decodeURIComponent(req.params['*']);
    } catch {
      return sendError(reply, 'NOT_FOUND', SAY.notFound);
    }
    if (!isFileKey(key)) return sendError(reply, 'NOT_FOUND', SAY.notFound);
    const file = await files.stat(key);
    if (!file) return sendError(reply, 'NOT_FOUND', SAY.notFound);

    reply
      .header('accept-ranges', 'bytes')
      .header('etag', file.etag)
      .header('last-modified', file.modified.toUTCString())
      .header('cache-control', `public, max-age=${MAX_AGE_SECONDS}`);
    if (isFresh(req, file)) return reply.status(304).send();

    // If-Range: the range only while the copy the player holds is still this one; otherwise the whole file.
    const ifRange = req.headers['if-range'];
    const rangeAllowed = typeof ifRange !== 'string' || ifRange === file.etag || Date.parse(ifRange) >= Math.floor(file.modified.getTime() / 1000) * 1000;
    const range = rangeAllowed ? parseRange(req.headers.range, file.bytes) : null;
    if (range === 'unsatisfiable') {
      // 416 is HTTP's own answer for this (a player asking past the end); the body is still our envelope.
      return reply.status(416).header('content-range', `bytes */${file.bytes}`).send(errorBody('VALIDATION', '请求的位置超出了文件的长度。'));
    }
    reply.type(file.mime);
    if (range) reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${file.bytes}`);
    const length = range ? range.end - range.start + 1 : file.bytes;
    reply.header('content-length', length);
    if (req.method === 'HEAD' || length === 0) return reply.send();
    const body = await files.read(key, range ?? undefined);
    if (!body) return sendError(reply, 'NOT_FOUND', SAY.notFound);
    return reply.send(body);
  };
  // HEAD is this handler too, declared (fastify's automatic HEAD route would answer a length of 0); it reads nothing.
  app.route({ method: ['GET', 'HEAD'], url: '/media/*', exposeHeadRoute: false, handler: serve });
}
