// The host's fast path for POST /api/<function> (apps/host/api-fast-path.ts): which requests it takes and which it
// leaves to fastify, the caller's address under TRUST_PROXY as fastify's request.ip gives it, and — against a real
// host — that every answer it writes is what the fastify route writes for the same call, status, headers and bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApiFastPath, type ApiFastPath } from '../../apps/host/api-fast-path';
import type { TrustProxy } from '../../apps/host/host-config';
import { hostQrImages } from '../../apps/host/host-qr-images';
import { diskFileStore } from '../../backend/files/disk-file-store';
import { createDeps } from '../../backend/runtime/create-deps';
import type { CloudFunction } from '../../backend/runtime/define-function';
import type { Deps } from '../../backend/runtime/deps';
import { createLogger } from '../../backend/runtime/logger';
import { login } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';

interface Sent {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Send the body in two chunks without a length (Transfer-Encoding: chunked). */
  chunked?: boolean;
}

interface Got {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

function send(port: number, sent: Sent): Promise<Got> {
  const body = sent.body ?? '';
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(sent.chunked ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
    ...sent.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: sent.method ?? 'POST', path: sent.path ?? '/api/echo', headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    if (sent.chunked) {
      const half = Math.floor(body.length / 2);
      req.write(body.slice(0, half));
      req.write(body.slice(half));
    } else if (body !== '') req.write(body);
    req.end();
  });
}

describe('the fast path: what it takes, what it leaves to fastify', () => {
  let dataDir: string;
  let deps: Deps;
  let server: Server;
  let port: number;
  let fastPath: ApiFastPath;
  /** The request the fast path last passed to its function. */
  let seen: { event: unknown; identity: unknown } | null;

  // A function that says what it was given, so the test sees the event, the token and the address.
  const echo: CloudFunction = {
    name: 'echo',
    actionNames: ['show'],
    handle: async (event, identity) => {
      seen = { event, identity };
      return { ok: true, data: { heard: true } };
    },
  };

  async function listen(trustProxy?: TrustProxy): Promise<void> {
    fastPath = createApiFastPath(new Map([['echo', echo]]), deps, { bodyLimit: 1024, trustProxy });
    server = createServer((req, res) => {
      if (fastPath.take(req, res)) return;
      // Stands for fastify: drains the body and says the request reached it.
      req.resume();
      req.on('end', () => res.writeHead(299).end('fastify'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'sp-fast-path-'));
    deps = await createDeps({
      dataDir,
      demoMode: true,
      publicUrl: 'http://127.0.0.1',
      qrImages: hostQrImages(),
      files: diskFileStore(path.join(dataDir, 'media')),
      log: createLogger('error', {}, () => {}),
    });
  });
  afterAll(async () => {
    await deps.database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    seen = null;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers a plain call itself, with the event, the token and the socket address handed to the function', async () => {
    await listen();
    const got = await send(port, {
      body: '{"action":"show","data":{"n":1}}',
      headers: { authorization: 'Bearer abc.def' },
    });
    expect(got.status).toBe(200);
    expect(JSON.parse(got.text)).toEqual({ ok: true, data: { heard: true } });
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['cache-control']).toBe('no-store');
    expect(got.headers['x-trace-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen).toEqual({
      event: { action: 'show', data: { n: 1 } },
      identity: { source: 'host', token: 'abc.def', ip: '127.0.0.1' },
    });
  });

  it.each<[string, Sent]>([
    ['a GET', { method: 'GET', body: '' }],
    ['a query string', { path: '/api/echo?x=1', body: '{"action":"show"}' }],
    ['an escaped name', { path: '/api/%65cho', body: '{"action":"show"}' }],
    ['an unknown function', { path: '/api/nothing', body: '{"action":"show"}' }],
    ['a deeper path', { path: '/api/echo/more', body: '{"action":"show"}' }],
    ['a body that is not declared JSON', { headers: { 'content-type': 'text/plain' }, body: '{"action":"show"}' }],
    ['JSON in another charset', { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}' }],
    ['a chunked body', { chunked: true, body: '{"action":"show"}' }],
    ['an empty body', { body: '' }],
    ['a body over the limit', { body: JSON.stringify({ action: 'show', data: 'x'.repeat(2000) }) }],
    ['a Host header with a space', { headers: { host: 'bad host' }, body: '{"action":"show"}' }],
  ])('leaves %s to fastify, untouched', async (_name, sent) => {
    await listen();
    const got = await send(port, sent);
    expect({ status: got.status, text: got.text }).toEqual({ status: 299, text: 'fastify' });
    expect(seen).toBeNull();
  });

  it('answers JSON that does not parse with the envelope, and never calls the function', async () => {
    await listen();
    const got = await send(port, { body: '{"action":' });
    expect(got.status).toBe(400);
    expect(JSON.parse(got.text)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
    });
    expect(seen).toBeNull();
  });

  it('hands everything to fastify once the host is closing', async () => {
    await listen();
    fastPath.close();
    const got = await send(port, { body: '{"action":"show"}' });
    expect(got.status).toBe(299);
    expect(seen).toBeNull();
  });

  it('names the client by X-Forwarded-For only from a trusted proxy, as fastify does', async () => {
    await listen();
    await send(port, { body: '{"action":"show"}', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(seen?.identity).toMatchObject({ ip: '127.0.0.1' });
    await new Promise<void>((resolve) => server.close(() => resolve()));

    await listen(['127.0.0.1']);
    await send(port, { body: '{"action":"show"}', headers: { 'x-forwarded-for': '198.51.100.7, 203.0.113.9' } });
    expect(seen?.identity).toMatchObject({ ip: '203.0.113.9' });
    await new Promise<void>((resolve) => server.close(() => resolve()));

    // A hop count trusts the nearest hops only (host-config.ts).
    await listen(2);
    await send(port, { body: '{"action":"show"}', headers: { 'x-forwarded-for': '198.51.100.7, 203.0.113.9' } });
    expect(seen?.identity).toMatchObject({ ip: '198.51.100.7' });
  });
});

describe('the fast path answers what the fastify route answers', () => {
  let host: TestHost;
  let port: number;
  let token: string;

  beforeAll(async () => {
    host = await startHost({ jobIntervalMs: 0 });
    port = Number(new URL(host.baseUrl).port);
    token = await login(host.baseUrl, 'member1');
  });
  afterAll(async () => {
    await host.stop();
  });

  /** The answer without what differs between any two requests (the date, the trace id, connection handling). */
  const comparable = (got: Got) => {
    const { date, 'x-trace-id': traceId, connection, 'keep-alive': keepAlive, ...headers } = got.headers;
    expect(traceId).toMatch(/^[0-9a-f-]{36}$/);
    return { status: got.status, headers, text: got.text };
  };

  it.each<[string, Omit<Sent, 'chunked'>, number]>([
    ['account.me', { path: '/api/account', body: '{"action":"me"}', headers: { authorization: 'TOKEN' } }, 200],
    ['account.me without a token', { path: '/api/account', body: '{"action":"me"}' }, 401],
    [
      'a forged token',
      { path: '/api/account', body: '{"action":"me"}', headers: { authorization: 'Bearer x.y.z' } },
      401,
    ],
    ['an unknown action', { path: '/api/account', body: '{"action":"nothing"}' }, 404],
    ['no action at all', { path: '/api/events', body: '  ' }, 400],
    ['JSON that does not parse', { path: '/api/events', body: '{"action":' }, 400],
    [
      'data that fails validation',
      { path: '/api/events', body: '{"action":"get","data":{"id":"x"}}', headers: { authorization: 'TOKEN' } },
      400,
    ],
  ])('%s', async (_name, sent, status) => {
    const headers = Object.fromEntries(
      Object.entries(sent.headers ?? {}).map(([k, v]) => [k, v === 'TOKEN' ? `Bearer ${token}` : v]),
    );
    const fast = await send(port, { ...sent, headers });
    const framework = await send(port, { ...sent, headers, chunked: true });
    expect(fast.status).toBe(status);
    expect(comparable(fast)).toEqual(comparable(framework));
  });
});
