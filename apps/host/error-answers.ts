// How the host answers a failure: always the envelope { ok: false, error: { code, message } } with the status of
// its code and a sentence a retiree can read — never fastify's or Node's own wording, the URL, or a stack. Covers
// errors from routes, from fastify before a route is found (a URL that does not decode), and from Node's HTTP
// parser (bytes that are not HTTP), which would otherwise answer in their own words.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { HTTP_STATUS, type Envelope, type ErrorCode } from '../../contracts/envelope';
import { AppError } from '../../backend/runtime/app-error';
import type { Logger } from '../../backend/runtime/logger';
import { ERROR_ANSWER_HEADERS } from './security-headers';

export const SAY = {
  badRequest: '请求的格式不对，请返回重试。',
  notFound: '没有找到您要的内容。',
  tooLarge: '发送的内容太多了，请减少一些再试。',
  notJson: '这个请求的格式不对，系统不能接收。请回到首页再试一次。',
  badHost: '请求里的网站地址不对。请用正确的网址打开本网站。',
  cutShort: '请求没有发完整，可能是网络断了。请检查网络后再试一次。',
} as const;

export function errorBody(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string): FastifyReply {
  return reply.status(HTTP_STATUS[code]).send(errorBody(code, message));
}

/** The one log line of a failure the host answers as INTERNAL: the path without its query, never the body. */
export function logHostFailure(
  log: Logger,
  request: { traceId: string; method: string; url: string },
  err: unknown,
): void {
  log.error('host failure', {
    traceId: request.traceId,
    method: request.method,
    path: request.url.split('?')[0],
    error: err instanceof Error ? err.message : String(err),
    stack: err instanceof Error ? err.stack : undefined,
  });
}

export function internalMessage(traceId: string): string {
  return `系统出了点问题，请稍后再试。如果一直这样，请把编号 ${traceId.slice(0, 8)} 告诉工作人员。`;
}

/** fastify's setErrorHandler: a thrown AppError keeps its code; fastify's and plugins' errors map by status. */
export function routeErrorHandler(log: Logger) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) return sendError(reply, err.code, err.message);
    const status = err.statusCode ?? 500;
    if (status === 413) return sendError(reply, 'PAYLOAD_TOO_LARGE', SAY.tooLarge);
    if (status === 415) return sendError(reply, 'UNSUPPORTED_MEDIA_TYPE', SAY.notJson);
    // Media: a range past the end is answered as Range asks (players read the status, not a body).
    if (status === 416) return reply.status(416).send();
    if (status === 403 || status === 404) return sendError(reply, 'NOT_FOUND', SAY.notFound);
    if (status >= 400 && status < 500) return sendError(reply, 'VALIDATION', SAY.badRequest);
    logHostFailure(log, { traceId: String(req.id), method: req.method, url: req.url }, err);
    return sendError(reply, 'INTERNAL', internalMessage(String(req.id)));
  };
}

/** fastify's frameworkErrors: a URL that does not decode, or a path segment longer than the router takes. */
export function answerFrameworkError(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  reply.headers(ERROR_ANSWER_HEADERS);
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendError(reply, 'NOT_FOUND', SAY.notFound);
    return;
  }
  if (err.code === 'FST_ERR_BAD_URL') {
    sendError(reply, 'VALIDATION', SAY.badRequest);
    return;
  }
  sendError(reply, 'INTERNAL', internalMessage(String(reply.request.id)));
}

function rawAnswer(code: ErrorCode, message: string, extra: Record<string, string> = {}): string {
  const body = JSON.stringify(errorBody(code, message));
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
    ...ERROR_ANSWER_HEADERS,
    ...extra,
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${HTTP_STATUS[code]} ${code === 'PAYLOAD_TOO_LARGE' ? 'Payload Too Large' : 'Bad Request'}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** The socket's response in flight, if any — the same field Node's own clientError default consults. */
function responseInFlight(socket: Socket): ServerResponse | null {
  return (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage ?? null;
}

/** fastify's clientErrorHandler: Node could not parse the bytes as HTTP (bad method, length, header, version). */
export function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const inFlight = responseInFlight(socket);
  if (inFlight && !inFlight.writableEnded) {
    if (inFlight.req.complete) {
      // Garbage after a whole request we are still answering (its Content-Length was shorter than what was
      // sent): that request gets its answer, then the connection closes, since nothing after it can be trusted.
      if (!inFlight.headersSent) inFlight.setHeader('connection', 'close');
      else inFlight.once('finish', () => socket.destroySoon());
      return;
    }
    // The bad bytes are inside the body of the request in flight, which can now never end: it is answered here.
    if (inFlight.headersSent) {
      socket.destroy();
      return;
    }
  }
  if (socket.writable) {
    if (err.code === 'HPE_HEADER_OVERFLOW') socket.write(rawAnswer('PAYLOAD_TOO_LARGE', SAY.tooLarge));
    // The sender closed its side in the middle of a request.
    else if (err.code === 'HPE_INVALID_EOF_STATE') socket.write(rawAnswer('VALIDATION', SAY.cutShort));
    else socket.write(rawAnswer('VALIDATION', SAY.badRequest));
  }
  socket.destroySoon();
}

/** Node's 'checkExpectation': an Expect header other than 100-continue, which Node would answer with a bare 417. */
export function answerUnmetExpectation(_req: IncomingMessage, res: ServerResponse): void {
  const body = JSON.stringify(errorBody('VALIDATION', SAY.badRequest));
  res.writeHead(HTTP_STATUS.VALIDATION, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
    ...ERROR_ANSWER_HEADERS,
  });
  res.end(body);
}
