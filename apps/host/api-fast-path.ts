// POST /api/<function> straight on Node's request, before fastify: the call every screen of the app makes, and the
// host's hottest path (issue 19: account.me kept 0.52 of a node:http echo through fastify's request, hooks, body
// parser and serializer; the framework alone cost more than the whole envelope). It takes only the plain case — a
// known function, a JSON body of a declared length within the limit, an acceptable Host, a host that is not closing —
// and hands every other request to fastify untouched, so refusals (415, 413, 400, 404, 503) keep one author.
// What it answers is byte for byte what the fastify route answers (test/integration/api-fast-path.test.ts).
import proxyAddr from '@fastify/proxy-addr';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTP_STATUS, type Envelope } from '../../contracts/envelope';
import { envelopeBytes } from '../../backend/runtime/answer-bytes';
import type { CloudFunction } from '../../backend/runtime/define-function';
import type { Deps } from '../../backend/runtime/deps';
import { errorBody, internalMessage, logHostFailure, SAY } from './error-answers';
import { fastifyTrustProxy, type TrustProxy } from './host-config';
import { bearer, isAcceptableHost } from './host-header';
import { isJsonContentType } from './json-body';
import { ERROR_ANSWER_HEADERS, TRACE_HEADER } from './security-headers';

export interface ApiFastPath {
  /** Answers the request and returns true, or returns false without touching it (fastify takes it). */
  take(req: IncomingMessage, res: ServerResponse): boolean;
  /** From now on every request goes to fastify, which answers 503 while the host drains. */
  close(): void;
}

const PREFIX = '/api/';
/** The protections every JSON answer carries, as a flat list (writeHead takes it without building an object). */
const PROTECTIONS: readonly string[] = Object.entries(ERROR_ANSWER_HEADERS).flat();
const JSON_TYPE = 'application/json; charset=utf-8';

export function createApiFastPath(
  functions: ReadonlyMap<string, CloudFunction>,
  deps: Deps,
  options: { bodyLimit: number; trustProxy?: TrustProxy },
): ApiFastPath {
  const ipOf = clientAddress(options.trustProxy);
  let open = true;

  const answer = (res: ServerResponse, traceId: string, status: number, envelope: Envelope<unknown>) => {
    // Bytes, not a string: the length is the buffer's, and the header block stays a one-byte string (a Chinese
    // answer appended to it would make Node copy the headers into a two-byte string). An unchanging answer's bytes
    // are made once (answer-bytes.ts).
    const body = envelopeBytes(envelope);
    res.writeHead(status, [
      ...PROTECTIONS,
      TRACE_HEADER,
      traceId,
      'content-type',
      JSON_TYPE,
      'content-length',
      String(body.length),
    ]);
    res.end(body);
  };

  const call = (fn: CloudFunction, req: IncomingMessage, res: ServerResponse, text: string) => {
    const traceId = randomUUID();
    let event: unknown;
    try {
      // An empty body is an empty event, as in json-body.ts: the router answers that it names no action.
      event = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      answer(res, traceId, HTTP_STATUS.VALIDATION, errorBody('VALIDATION', SAY.badRequest));
      return;
    }
    const token = bearer(req.headers.authorization);
    fn.handle(event, { source: 'host', token, ip: ipOf(req) }, deps, traceId).then(
      (envelope) => answer(res, traceId, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope),
      // handle() answers every failure itself; this is for a bug in it, answered as fastify's route would be.
      (err: unknown) => {
        logHostFailure(deps.log, { traceId, method: 'POST', url: req.url ?? '' }, err);
        answer(res, traceId, HTTP_STATUS.INTERNAL, errorBody('INTERNAL', internalMessage(traceId)));
      },
    );
  };

  return {
    take(req, res) {
      if (!open || req.method !== 'POST') return false;
      const url = req.url;
      if (url === undefined || !url.startsWith(PREFIX)) return false;
      // Exactly a function's name: anything with a query, an escape or another segment is fastify's to judge.
      const fn = functions.get(url.slice(PREFIX.length));
      if (fn === undefined) return false;
      const { headers } = req;
      if (!isAcceptableHost(req) || !isJsonContentType(headers['content-type'])) return false;
      // A declared length within the limit: a chunked body, an empty one or an oversized one is fastify's.
      const length = Number(headers['content-length']);
      if (!(length > 0 && length <= options.bodyLimit) || headers['transfer-encoding'] !== undefined) return false;

      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      // Node ends the body at the declared length; a sender that stops early closes the socket, which needs no answer.
      req.on('error', () => {});
      req.on('end', () => {
        call(fn, req, res, (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8'));
      });
      return true;
    },
    close() {
      open = false;
    },
  };
}

/** The caller's address as fastify's request.ip gives it under the same TRUST_PROXY (fastify/lib/request.js). */
function clientAddress(trust: TrustProxy | undefined): (req: IncomingMessage) => string | undefined {
  const setting = fastifyTrustProxy(trust);
  if (setting === false) return (req) => req.socket.remoteAddress;
  const trusts = setting === true ? () => true : typeof setting === 'function' ? setting : proxyAddr.compile(setting);
  return (req) => proxyAddr(req, trusts);
}
