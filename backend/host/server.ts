// The Node host: the H5 app, POST /api/<function>, /media with HTTP Range, /healthz — on one port.
// Stateless: identity is a signed token, all state is in the database, so many hosts can share one Postgres.
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { HTTP_STATUS, type Envelope, type ErrorCode } from '../../contracts/envelope';
import type { Deps } from '../runtime/deps';
import { functionsByName } from './function-registry';
import { registerUploadRoute } from './upload-route';

export interface HostOptions {
  h5Dir: string;
  mediaDir: string;
  /** Largest accepted request body; larger gets 413. */
  bodyLimit?: number;
}

const TRACE_HEADER = 'x-trace-id';

function sendError(reply: FastifyReply, code: ErrorCode, message: string): FastifyReply {
  const body: Envelope<never> = { ok: false, error: { code, message } };
  return reply.status(HTTP_STATUS[code]).send(body);
}

export async function buildServer(deps: Deps, options: HostOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? 64 * 1024;
  const app = Fastify({
    logger: false,
    bodyLimit,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    genReqId: () => randomUUID(),
  });

  // Parse JSON ourselves for any content type, so every bad body gets our envelope. application/json is
  // registered by name too: fastify finds an exact match faster than the catch-all.
  app.removeAllContentTypeParsers();
  const parseJson = (_req: unknown, body: string | Buffer, done: (err: Error | null, value?: unknown) => void) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      const err = new Error('invalid JSON') as FastifyError;
      err.statusCode = 400;
      err.code = 'BAD_JSON';
      done(err, undefined);
    }
  };
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, parseJson);
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit }, parseJson);

  app.addHook('onRequest', async (req, reply) => {
    reply.header(TRACE_HEADER, req.id);
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 'PAYLOAD_TOO_LARGE', '发送的内容太多了，请减少一些再试。');
    if (err.code === 'BAD_JSON' || err.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' || err.statusCode === 400) {
      return sendError(reply, 'VALIDATION', '请求的格式不对，请返回重试。');
    }
    // Static files: a range past the end, a forbidden or missing file — answer with their own status.
    if (err.statusCode === 416) return reply.status(416).send();
    if (err.statusCode === 403 || err.statusCode === 404) return sendError(reply, 'NOT_FOUND', '没有找到您要的内容。');
    deps.log.error('host failure', { traceId: req.id, url: req.url, error: err.message, stack: err.stack });
    return sendError(reply, 'INTERNAL', `系统出了点问题，请稍后再试。如果一直这样，请把编号 ${String(req.id).slice(0, 8)} 告诉工作人员。`);
  });

  app.get('/healthz', async () => ({ ok: true, data: { status: 'ok', engine: deps.database.engine } }));

  app.post<{ Params: { fn: string } }>('/api/:fn', async (req, reply) => {
    const fn = functionsByName.get(req.params.fn);
    if (!fn) return sendError(reply, 'NOT_FOUND', '没有这项服务，请返回首页再试。');
    const auth = req.headers.authorization;
    const token = auth === undefined ? null : auth.replace(/^Bearer\s+/i, '');
    const envelope = await fn.handle(req.body, { source: 'host', token }, deps, String(req.id));
    return reply.status(envelope.ok ? 200 : HTTP_STATUS[envelope.error.code]).send(envelope);
  });

  await registerUploadRoute(app, deps, options.mediaDir);

  await app.register(fastifyStatic, {
    root: path.resolve(options.mediaDir),
    prefix: '/media/',
    decorateReply: false,
    acceptRanges: true,
    etag: true,
    cacheControl: true,
    maxAge: '7d',
    index: false,
    list: false,
    dotfiles: 'deny',
  });

  const h5Dir = path.resolve(options.h5Dir);
  const h5Built = existsSync(path.join(h5Dir, 'index.html'));
  if (h5Built) {
    // wildcard: files are looked up per request, so a rebuilt app is served without restarting the host.
    // preCompressed: the .br/.gz files `npm run build:h5` writes beside each asset, for browsers that accept them.
    await app.register(fastifyStatic, { root: h5Dir, prefix: '/', wildcard: true, preCompressed: true, index: ['index.html'], cacheControl: true, maxAge: '1h' });
  }

  // Unknown API paths answer with the envelope; any other GET is a page of the single-page H5 app.
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0];
    // API calls, media and missing files (a stale /js/… chunk) get a real 404; only page routes get the app.
    if (pathname.startsWith('/api/') || pathname.startsWith('/media/') || req.method !== 'GET' || /\.[A-Za-z0-9]+$/.test(pathname)) {
      return sendError(reply, 'NOT_FOUND', '没有找到您要的内容。');
    }
    if (!h5Built) {
      return reply.status(503).type('text/plain; charset=utf-8').send('网页版还没有构建。请先运行 npm run build:h5，再刷新本页。');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', h5Dir);
  });

  return app;
}
