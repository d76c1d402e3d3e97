// The Node host: the H5 app (and its lean scan landing at /s), POST /api/<function>, /media (public files) with HTTP Range, /files (export downloads),
// /listen (private audio), /healthz — on one port.
// Stateless: identity is a signed token, all state is in the database, so many hosts can share one Postgres.
// Every answer carries the security headers (security-headers.ts); every failure is the envelope (error-answers.ts).
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { HTTP_STATUS } from '../../contracts/envelope';
import type { Deps } from '../../backend/runtime/deps';
import { createApiFastPath } from './api-fast-path';
import { fastifyTrustProxy, type TrustProxy } from './host-config';
import {
  answerClientError,
  answerFrameworkError,
  answerUnmetExpectation,
  routeErrorHandler,
  SAY,
  sendError,
} from './error-answers';
import { registerFileLinkRoute } from './file-link-route';
import { functionsByName } from './function-registry';
import { bearer, isAcceptableHost } from './host-header';
import { isJsonContentType, parseJsonBody } from './json-body';
import { registerListenLinkRoute } from './listen-link-route';
import { registerMediaRoute } from './media-route';
import { ERROR_ANSWER_HEADERS, securityHeaders, TRACE_HEADER } from './security-headers';
import { DEFAULT_UPLOAD_OPTIONS, registerUploadRoute } from './upload-route';
import { registerRosterUploadRoute } from './roster-upload-route';
import { registerScanLandingRoute } from './scan-landing-route';
import { registerAgreementUploadRoute } from './agreement-upload-route';

export interface HostOptions {
  h5Dir: string;
  /** The disk store's folder (its public part served at /media/ when deps.files is the disk store), and scratch space for uploads. */
  mediaDir: string;
  /** Largest accepted request body; larger gets 413. */
  bodyLimit?: number;
  /** An upload whose body sends nothing for this long is answered and dropped (default 30 s). */
  uploadIdleTimeoutMs?: number;
  /** Uploads per signed-in person (per address when signed out) in each window (default 20 per 10 minutes). */
  uploadRateLimit?: { max: number; timeWindowMs: number };
  /** Whose X-Forwarded-For gives `req.ip`, the address every limit and log counts (TRUST_PROXY); off by default. */
  trustProxy?: TrustProxy;
}

export async function buildServer(deps: Deps, options: HostOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? 64 * 1024;
  // The plain function call is answered before fastify (api-fast-path.ts); everything else is fastify's, below.
  const fastPath = createApiFastPath(functionsByName, deps, { bodyLimit, trustProxy: options.trustProxy });
  const app = Fastify({
    logger: false,
    bodyLimit,
    trustProxy: fastifyTrustProxy(options.trustProxy),
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    genReqId: () => randomUUID(),
    // Errors fastify and Node would answer in their own words (echoing the URL) get our envelope instead.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    // fastify's own HTTP server (lib/server.js, the same timeouts), with the fast path asked first. A missing Host is
    // refused below with the envelope; Node's own refusal is a bare 400.
    serverFactory: (handler, opts) => {
      const server = createServer({ requireHostHeader: false }, (req, res) => {
        if (!fastPath.take(req, res)) handler(req, res);
      });
      // fastify's processed options: its defaults (keep-alive 72 s, no request or connection timeout) filled in.
      const ms = (value: unknown) => (typeof value === 'number' ? value : 0);
      server.keepAliveTimeout = ms(opts.keepAliveTimeout);
      server.requestTimeout = ms(opts.requestTimeout);
      server.setTimeout(ms(opts.connectionTimeout));
      return server;
    },
  });
  // Closing: fastify answers 503 to whatever still arrives on open connections, the fast path's calls included.
  app.addHook('preClose', (done) => {
    fastPath.close();
    done();
  });
  app.server.on('checkExpectation', answerUnmetExpectation);

  // JSON is the only body the API takes (see json-body.ts); multipart is registered by the upload route alone.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, parseJsonBody);

  const protections = securityHeaders();
  const jsonProtections = ERROR_ANSWER_HEADERS;
  // Callback-style hooks: they run on every request, and an async hook costs a promise each time.
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(req.url.startsWith('/api/') ? jsonProtections : protections);
    reply.header(TRACE_HEADER, req.id);
    if (!isAcceptableHost(req.raw)) {
      sendError(reply, 'VALIDATION', SAY.badHost);
      return;
    }
    done();
  });

  app.setErrorHandler(routeErrorHandler(deps.log));

  app.get('/healthz', async () => ({ ok: true, data: { status: 'ok', engine: deps.database.engine } }));

  const refuseNonJson = (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
    // Before the body is read, and for bodiless requests too: only application/json reaches a function.
    if (!isJsonContentType(req.headers['content-type'])) {
      sendError(reply, 'UNSUPPORTED_MEDIA_TYPE', SAY.notJson);
      return;
    }
    done();
  };

  app.post<{ Params: { fn: string } }>('/api/:fn', { onRequest: refuseNonJson }, async (req, reply) => {
    const fn = functionsByName.get(req.params.fn);
    if (!fn) return sendError(reply, 'NOT_FOUND', '没有这项服务，请返回首页再试。');
    const identity = { source: 'host' as const, token: bearer(req.headers.authorization), ip: req.ip };
    const envelope = await fn.handle(req.body, identity, deps, String(req.id));
    return reply.status(envelope.ok ? 200 : HTTP_STATUS[envelope.error.code]).send(envelope);
  });

  await registerUploadRoute(app, deps, options.mediaDir, {
    idleTimeoutMs: options.uploadIdleTimeoutMs ?? DEFAULT_UPLOAD_OPTIONS.idleTimeoutMs,
    rateLimit: options.uploadRateLimit ?? DEFAULT_UPLOAD_OPTIONS.rateLimit,
  });
  await registerRosterUploadRoute(app, deps, options.mediaDir, {
    idleTimeoutMs: options.uploadIdleTimeoutMs ?? DEFAULT_UPLOAD_OPTIONS.idleTimeoutMs,
  });
  await registerAgreementUploadRoute(app, deps, options.mediaDir, {
    idleTimeoutMs: options.uploadIdleTimeoutMs ?? DEFAULT_UPLOAD_OPTIONS.idleTimeoutMs,
  });

  // Files: only the public part of the store at /media (file-keys.ts decides which); exports through the signed,
  // person-bound /files link; private audio through /listen, which asks the file's audience on every request.
  registerMediaRoute(app, deps);
  registerFileLinkRoute(app, deps);
  registerListenLinkRoute(app, deps);

  const h5Dir = path.resolve(options.h5Dir);
  const h5Built = existsSync(path.join(h5Dir, 'index.html'));
  if (h5Built) {
    // wildcard: files are looked up per request, so a rebuilt app is served without restarting the host.
    // preCompressed: the .br/.gz files `npm run build:h5` writes beside each asset, for browsers that accept them.
    await app.register(fastifyStatic, {
      root: h5Dir,
      prefix: '/',
      wildcard: true,
      preCompressed: true,
      index: ['index.html'],
      cacheControl: true,
      maxAge: '1h',
      // The app's own files need no ranges, and `send` gets If-Range (a weak ETag honoured) and `bytes=5-2` (416)
      // wrong: ignoring Range, which RFC 9110 allows, answers every asset whole. Audio is served by /media.
      acceptRanges: false,
    });
  }
  /** The app's page, for every path that is one of its pages. */
  const appPage = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html', h5Dir);
  // A book's or a chapter's code: the lean landing, the sound first and the app after it (scan-landing-route.ts).
  if (h5Built) registerScanLandingRoute(app, deps, h5Dir, appPage);

  // Unknown API paths answer with the envelope; any other GET is a page of the single-page H5 app.
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0];
    // API calls, media and missing files (a stale /js/… chunk) get a real 404; only page routes get the app.
    if (
      pathname.startsWith('/api/') ||
      pathname.startsWith('/media/') ||
      req.method !== 'GET' ||
      /\.[A-Za-z0-9]+$/.test(pathname)
    ) {
      return sendError(reply, 'NOT_FOUND', SAY.notFound);
    }
    if (!h5Built) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('网页版还没有构建。请先运行 npm run build:h5，再刷新本页。');
    }
    return appPage(reply);
  });

  return app;
}
