// Hostile requests against the host, sent byte for byte over raw sockets: uploads that are cut, short or lying,
// requests fastify itself would answer (bad URLs, methods, headers), bodies that are not JSON, too many uploads —
// each gets our envelope with a matching status and a Chinese sentence, leaves no file or descriptor behind, and
// every answer carries the security headers.
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
  existsSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { HTTP_STATUS, type ErrorCode } from '../../contracts/envelope';
import { diskFileStore } from '../../backend/files/disk-file-store';
import { hostQrImages } from '../../apps/host/host-qr-images';
import { buildServer, type HostOptions } from '../../apps/host/server';
import { sweepUploads } from '../../apps/host/upload-sweep';
import { createDeps } from '../../backend/runtime/create-deps';
import type { Deps } from '../../backend/runtime/deps';
import { createLogger } from '../../backend/runtime/logger';
import { seedDemo } from '../../backend/seed/demo';
import { login, post } from '../support/api';
import { snapshotTables } from '../support/table-snapshot';

const CHINESE = /[\u4e00-\u9fff]/;
const H5_DIR = path.resolve(__dirname, '../../dist/h5');
const DEMO_MP3 = readFileSync(path.resolve(__dirname, '../../backend/seed/demo-audio/party-history-stories-01.mp3'));
/** What the test host waits for between bytes of an upload before giving up on it. */
const IDLE_MS = 600;
/** How long a test waits for any answer: far above IDLE_MS, far below "forever". */
const ANSWER_WITHIN_MS = 5000;

interface Harness {
  port: number;
  baseUrl: string;
  mediaDir: string;
  deps: Deps;
  stop(): Promise<void>;
}

/** A real host on a fresh SQLite database with the demo city, built with the options under test. */
async function startHarness(options: Partial<HostOptions> = {}): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sp-hardening-'));
  const mediaDir = path.join(dataDir, 'media');
  mkdirSync(mediaDir, { recursive: true });
  const deps = await createDeps({
    dataDir,
    demoMode: true,
    publicUrl: 'http://127.0.0.1',
    qrImages: hostQrImages(),
    files: diskFileStore(mediaDir),
    log: createLogger('error', {}, () => {}),
  });
  await seedDemo(deps.database.db, deps.files, () => {});
  const app: FastifyInstance = await buildServer(deps, { h5Dir: H5_DIR, mediaDir, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    mediaDir,
    deps,
    async stop() {
      await app.close();
      await deps.database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection (FIN or reset) before the test gave up. */
  closedByServer: boolean;
  /** Nothing came back within ANSWER_WITHIN_MS. */
  timedOut: boolean;
  ms: number;
}

/**
 * Sends `chunks` on a fresh TCP connection exactly as given (a number is a pause in ms), then waits for one whole
 * answer, the server closing the connection, or ANSWER_WITHIN_MS. `then: 'half-close'` ends our side after
 * sending; `then: 'reset'` destroys the socket (a phone losing signal) and only waits for nothing.
 */
function exchange(
  port: number,
  chunks: Array<string | Buffer | number>,
  then: 'wait' | 'half-close' | 'reset' = 'wait',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (closedByServer: boolean, timedOut: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = received.toString('utf8');
      const headEnd = text.indexOf('\r\n\r\n');
      const head = headEnd >= 0 ? text.slice(0, headEnd) : text;
      const [statusLine, ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0),
        headers,
        body: headEnd >= 0 ? text.slice(headEnd + 4) : '',
        closedByServer,
        timedOut,
        ms: Date.now() - started,
      });
    };
    const timer = setTimeout(() => finish(false, true), ANSWER_WITHIN_MS);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const text = received.toString('latin1');
      const headEnd = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, headEnd));
      if (headEnd >= 0 && length && received.length >= headEnd + 4 + Number(length[1])) finish(false, false);
    });
    socket.on('end', () => finish(true, false));
    socket.on('close', () => finish(true, false));
    socket.on('error', () => finish(true, false));
    socket.once('connect', async () => {
      try {
        for (const chunk of chunks) {
          if (typeof chunk === 'number') await new Promise((r) => setTimeout(r, chunk));
          else if (!socket.destroyed) socket.write(chunk);
        }
        if (then === 'half-close') socket.end();
        if (then === 'reset') {
          socket.resetAndDestroy();
          settled = true;
          clearTimeout(timer);
          resolve({
            status: 0,
            headers: {},
            body: '',
            closedByServer: false,
            timedOut: false,
            ms: Date.now() - started,
          });
        }
      } catch (err) {
        reject(err);
      }
    });
  });
}

function expectEnvelope(answer: RawAnswer, code: ErrorCode, leaks: string[] = []): void {
  expect(answer.timedOut).toBe(false);
  expect(answer.status).toBe(HTTP_STATUS[code]);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(answer.body) as { ok: boolean; error: { code: string; message: string } };
  expect(body).toMatchObject({ ok: false, error: { code } });
  expect(Object.keys(body).sort()).toEqual(['error', 'ok']);
  expect(body.error.message).toMatch(CHINESE);
  expect(body.error.message).toMatch(/。$/);
  for (const leak of [...leaks, 'statusCode', 'FST_', 'Error:', '    at ']) expect(answer.body).not.toContain(leak);
}

const BOUNDARY = 'sp-boundary-7d1';

function fileHead(name = 'a.mp3'): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: audio/mpeg\r\n\r\n`;
}
const CLOSING = `\r\n--${BOUNDARY}--\r\n`;

function uploadHead(token: string, contentLength: number): string {
  return `POST /upload/audio HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${contentLength}\r\n\r\n`;
}

function partFiles(mediaDir: string): string[] {
  try {
    return readdirSync(path.join(mediaDir, 'uploads')).filter((f) => f.endsWith('.part'));
  } catch {
    return [];
  }
}

function storedFiles(mediaDir: string): string[] {
  try {
    return readdirSync(path.join(mediaDir, 'uploads'));
  } catch {
    return [];
  }
}

/** Waits (up to 3 s) for something the host does right after a connection ends. */
async function eventually(check: () => boolean): Promise<boolean> {
  const deadline = Date.now() + 3000;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return check();
}

const openDescriptors = () => readdirSync('/proc/self/fd').length;

describe('uploads that are cut, short or lying always end, and leave nothing behind', () => {
  let host: Harness;
  let admin: string;
  beforeAll(async () => {
    host = await startHarness({ uploadIdleTimeoutMs: IDLE_MS });
    admin = await login(host.baseUrl, 'admin');
  });
  afterAll(async () => {
    await host?.stop();
  });

  const body = DEMO_MP3.subarray(0, 64 * 1024);

  const attempts = {
    /** The whole body arrives, but the form never closes. */
    missingClosingBoundary: () => {
      const sent = Buffer.concat([Buffer.from(fileHead()), body]);
      return exchange(host.port, [uploadHead(admin, sent.length), sent]);
    },
    /** Content-Length says less than is sent: the form ends mid-file and the rest looks like a second request. */
    contentLengthShorter: () => {
      const sent = Buffer.concat([Buffer.from(fileHead()), body, Buffer.from(CLOSING)]);
      return exchange(host.port, [uploadHead(admin, sent.length - 4096), sent]);
    },
    /** Content-Length says more than is sent, and the sender then goes quiet with the connection open. */
    contentLengthLonger: () => {
      const sent = Buffer.concat([Buffer.from(fileHead()), body, Buffer.from(CLOSING)]);
      return exchange(host.port, [uploadHead(admin, sent.length + 100_000), sent]);
    },
    /** The sender stops halfway through the file and goes quiet, the connection left open. */
    stalledMidFile: () => {
      const sent = Buffer.concat([Buffer.from(fileHead()), body, Buffer.from(CLOSING)]);
      return exchange(host.port, [uploadHead(admin, sent.length), sent.subarray(0, sent.length / 2)]);
    },
    /** The sender stops halfway and closes its side. */
    halfClosedMidBody: () => {
      const sent = Buffer.concat([Buffer.from(fileHead()), body, Buffer.from(CLOSING)]);
      return exchange(
        host.port,
        [uploadHead(admin, sent.length), sent.subarray(0, sent.length / 2), 100],
        'half-close',
      );
    },
    /** Only the request head arrives; then nothing, the connection left open. */
    silentAfterHead: () => exchange(host.port, [uploadHead(admin, 100_000)]),
    /** The connection drops halfway (reset), as when a phone loses signal. */
    resetMidBody: () => {
      const sent = Buffer.concat([Buffer.from(fileHead()), body, Buffer.from(CLOSING)]);
      return exchange(host.port, [uploadHead(admin, sent.length), sent.subarray(0, sent.length / 2), 150], 'reset');
    },
  };

  it('answers a form without its closing boundary with UPLOAD_INCOMPLETE, and keeps no part file', async () => {
    const answer = await attempts.missingClosingBoundary();
    expectEnvelope(answer, 'UPLOAD_INCOMPLETE');
    expect(await eventually(() => partFiles(host.mediaDir).length === 0)).toBe(true);
    expect(storedFiles(host.mediaDir)).toEqual([]);
  });

  it('answers a Content-Length shorter than the body with UPLOAD_INCOMPLETE, and keeps no part file', async () => {
    const answer = await attempts.contentLengthShorter();
    expectEnvelope(answer, 'UPLOAD_INCOMPLETE');
    expect(await eventually(() => partFiles(host.mediaDir).length === 0)).toBe(true);
    expect(storedFiles(host.mediaDir)).toEqual([]);
  });

  it('answers a sender that goes quiet (Content-Length longer than sent) after the idle time, then closes', async () => {
    const answer = await attempts.contentLengthLonger();
    expectEnvelope(answer, 'UPLOAD_INCOMPLETE');
    expect(answer.ms).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(answer.headers.connection).toBe('close');
    expect(await eventually(() => partFiles(host.mediaDir).length === 0)).toBe(true);
  });

  it('answers a sender that goes quiet halfway through the file after the idle time, then closes', async () => {
    const answer = await attempts.stalledMidFile();
    expectEnvelope(answer, 'UPLOAD_INCOMPLETE');
    expect(answer.ms).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(answer.headers.connection).toBe('close');
    expect(await eventually(() => partFiles(host.mediaDir).length === 0)).toBe(true);
  });

  it('answers a sender that stops halfway and closes its side at once, then closes, and removes the part file', async () => {
    const answer = await attempts.halfClosedMidBody();
    expectEnvelope(answer, 'VALIDATION');
    expect(answer.body).toContain('没有发完整');
    expect(answer.ms).toBeLessThan(IDLE_MS); // no need to wait out the idle time: nothing more can come
    expect(answer.headers.connection).toBe('close');
    expect(await eventually(() => partFiles(host.mediaDir).length === 0)).toBe(true);
  });

  it('removes the part file when the connection drops mid-body', async () => {
    await attempts.resetMidBody();
    expect(await eventually(() => partFiles(host.mediaDir).length === 0)).toBe(true);
  });

  it('answers a sender that sends the head and then nothing after the idle time', async () => {
    const answer = await attempts.silentAfterHead();
    expectEnvelope(answer, 'UPLOAD_INCOMPLETE');
    expect(answer.ms).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(answer.headers.connection).toBe('close');
  });

  it('answers a form without a usable boundary with VALIDATION, not INTERNAL', async () => {
    const sent = Buffer.concat([Buffer.from(fileHead()), body.subarray(0, 4096), Buffer.from(CLOSING)]);
    for (const contentType of [
      'multipart/form-data',
      `multipart/form-data; boundary=${'b'.repeat(300)}`,
      'multipart/form-data; boundary=""',
    ]) {
      const head = uploadHead(admin, sent.length).replace(`multipart/form-data; boundary=${BOUNDARY}`, contentType);
      expectEnvelope(await exchange(host.port, [head, sent]), 'VALIDATION');
    }
    expect(partFiles(host.mediaDir)).toEqual([]);
  });

  it('answers a form field sent before the file with VALIDATION, not INTERNAL', async () => {
    const sent = Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\n第一章\r\n`),
      Buffer.from(fileHead()),
      body.subarray(0, 4096),
      Buffer.from(CLOSING),
    ]);
    expectEnvelope(await exchange(host.port, [uploadHead(admin, sent.length), sent]), 'VALIDATION');
    expect(partFiles(host.mediaDir)).toEqual([]);
  });

  it('answers a file too short to judge, and an empty form, with a sentence', async () => {
    const tiny = Buffer.concat([Buffer.from(fileHead()), Buffer.from('ID'), Buffer.from(CLOSING)]);
    expectEnvelope(await exchange(host.port, [uploadHead(admin, tiny.length), tiny]), 'VALIDATION');
    const empty = Buffer.from(`--${BOUNDARY}--\r\n`);
    expectEnvelope(await exchange(host.port, [uploadHead(admin, empty.length), empty]), 'VALIDATION');
  });

  it('still takes a good upload on the same host afterwards', async () => {
    const form = new FormData();
    form.append('file', new Blob([DEMO_MP3], { type: 'audio/mpeg' }), '第一章.mp3');
    const res = await fetch(`${host.baseUrl}/upload/audio`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
    expect(res.status).toBe(200);
    expect(partFiles(host.mediaDir)).toEqual([]);
  });

  (process.platform === 'linux' ? it : it.skip)(
    'does not leak file descriptors, however the upload fails',
    async () => {
      const runAll = async () => {
        for (const attempt of Object.values(attempts)) await attempt();
        await eventually(() => partFiles(host.mediaDir).length === 0);
        await new Promise((r) => setTimeout(r, 200));
      };
      await runAll(); // warm-up: lazily opened files (the database's WAL, modules) are not leaks
      const before = openDescriptors();
      for (let i = 0; i < 4; i += 1) await runAll();
      expect(openDescriptors()).toBeLessThanOrEqual(before + 1);
      expect(partFiles(host.mediaDir)).toEqual([]);
    },
    60_000,
  );
});

describe('a roster upload ends the same way: the one upload pipeline serves every route', () => {
  let host: Harness;
  let admin: string;
  beforeAll(async () => {
    host = await startHarness({ uploadIdleTimeoutMs: IDLE_MS });
    admin = await login(host.baseUrl, 'admin');
  });
  afterAll(async () => {
    await host?.stop();
  });

  const csv = Buffer.from(
    [
      '姓名,性别,出生年份,手机号,入党时间,原单位职务,所在支部',
      ...Array.from({ length: 2000 }, (_, i) => `名${i},男,1950,137${String(i).padStart(8, '0')},1970,,ZB001`),
    ].join('\r\n'),
  );
  const rosterHead = (contentLength: number) =>
    uploadHead(admin, contentLength).replace('/upload/audio', '/upload/roster');
  const form = (file: Buffer) => Buffer.concat([Buffer.from(fileHead('roster.csv')), file, Buffer.from(CLOSING)]);

  it('answers a roster sender that goes quiet halfway after the idle time, closes, keeps no part file and writes nothing', async () => {
    const sent = form(csv);
    const before = await snapshotTables(host.deps.database.db);
    const answer = await exchange(host.port, [rosterHead(sent.length), sent.subarray(0, sent.length / 2)]);
    expectEnvelope(answer, 'UPLOAD_INCOMPLETE');
    expect(answer.body).toContain('已经停止');
    expect(answer.ms).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(answer.headers.connection).toBe('close');
    expect(await eventually(() => partFiles(host.mediaDir).length === 0)).toBe(true);
    expect(storedFiles(host.mediaDir)).toEqual([]);
    expect(await snapshotTables(host.deps.database.db)).toEqual(before);
  });

  it('answers a roster sender that sends the head and then nothing after the idle time, and writes nothing', async () => {
    const before = await snapshotTables(host.deps.database.db);
    const answer = await exchange(host.port, [rosterHead(100_000)]);
    expectEnvelope(answer, 'UPLOAD_INCOMPLETE');
    expect(answer.ms).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(answer.headers.connection).toBe('close');
    expect(await snapshotTables(host.deps.database.db)).toEqual(before);
  });

  it('answers a roster form cut before its closing boundary, and one whose file is not a roster, with a sentence', async () => {
    const before = await snapshotTables(host.deps.database.db);
    const cut = Buffer.concat([Buffer.from(fileHead('roster.csv')), csv]);
    expectEnvelope(await exchange(host.port, [rosterHead(cut.length), cut]), 'UPLOAD_INCOMPLETE');
    const pdf = form(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(9000)]));
    expectEnvelope(await exchange(host.port, [rosterHead(pdf.length), pdf]), 'UNSUPPORTED_MEDIA_TYPE');
    expect(await eventually(() => partFiles(host.mediaDir).length === 0)).toBe(true);
    expect(storedFiles(host.mediaDir)).toEqual([]);
    expect(await snapshotTables(host.deps.database.db)).toEqual(before);
  });

  it('still takes a whole roster on the same host afterwards, written as it arrived', async () => {
    const sent = form(csv);
    const answer = await exchange(host.port, [rosterHead(sent.length), sent]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, data: { kind: 'csv', bytes: csv.length } });
    expect(partFiles(host.mediaDir)).toEqual([]);
  });
});

describe('the upload sweep', () => {
  let host: Harness;
  beforeAll(async () => {
    host = await startHarness();
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('removes unused uploads older than a day and part files older than an hour, and keeps the rest', async () => {
    const dir = path.join(host.mediaDir, 'uploads');
    mkdirSync(dir, { recursive: true });
    const now = Date.now();
    const hours = (h: number) => new Date(now - h * 3600_000);
    const files: Record<string, Date> = {
      '11111111-1111-4111-8111-111111111111.mp3': hours(30), // unused, old: goes
      '33333333-3333-4333-8333-333333333333.m4a': hours(2), // unused but fresh: stays
      '.44444444-4444-4444-8444-444444444444.part': hours(2), // abandoned part: goes
      '.55555555-5555-4555-8555-555555555555.part': hours(0.1), // upload in progress: stays
    };
    for (const [name, mtime] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), 'x');
      utimesSync(path.join(dir, name), mtime, mtime);
    }
    // One upload really becomes a chapter, through the API; its file is then made old.
    const admin = await login(host.baseUrl, 'admin');
    const form = new FormData();
    form.append('file', new Blob([DEMO_MP3], { type: 'audio/mpeg' }), '第一章.mp3');
    const up = (await (
      await fetch(`${host.baseUrl}/upload/audio`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: form,
      })
    ).json()) as { data: { fileRef: string } };
    const created = await post<{ book: { id: number } }>(
      host.baseUrl,
      'audiobooks',
      { action: 'createBook', data: { collectionId: 1, title: '扫除测试', author: '测试', description: '测试用。' } },
      admin,
    );
    const added = await post(
      host.baseUrl,
      'audiobooks',
      {
        action: 'addChapter',
        data: { bookId: created.body.ok ? created.body.data.book.id : 0, title: '第一章', fileRef: up.data.fileRef },
      },
      admin,
    );
    expect(added.status).toBe(200);
    const usedName = path.basename(up.data.fileRef);
    utimesSync(path.join(dir, usedName), hours(48), hours(48));

    const removed = await sweepUploads(host.deps.database.db, host.deps.files, host.mediaDir, new Date(now));
    expect(removed.sort()).toEqual([
      '.44444444-4444-4444-8444-444444444444.part',
      '11111111-1111-4111-8111-111111111111.mp3',
    ]);
    expect(readdirSync(dir).sort()).toEqual(
      ['.55555555-5555-4555-8555-555555555555.part', '33333333-3333-4333-8333-333333333333.m4a', usedName].sort(),
    );
  });

  it('does nothing when there is no uploads folder yet', async () => {
    rmSync(path.join(host.mediaDir, 'uploads'), { recursive: true, force: true });
    await expect(sweepUploads(host.deps.database.db, host.deps.files, host.mediaDir, new Date())).resolves.toEqual([]);
    expect(existsSync(path.join(host.mediaDir, 'uploads'))).toBe(false);
  });
});

describe('every error the host gives is our envelope', () => {
  let host: Harness;
  beforeAll(async () => {
    host = await startHarness();
  });
  afterAll(async () => {
    await host?.stop();
  });

  const get = (target: string, extra = '') =>
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`;
  const json = '{"action":"me"}';
  const postTo = (target: string, headers: string, body = json) =>
    `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n${body}`;

  const table: Array<{ name: string; send: string; code: ErrorCode; leaks?: string[] }> = [
    {
      name: 'a malformed escape in an API path',
      send: get('/api/%E0%A4%A'),
      code: 'VALIDATION',
      leaks: ['%E0', 'E0%A4'],
    },
    {
      name: 'a malformed escape in a POST to the API',
      send: postTo('/api/%E0%A4%A', `Content-Type: application/json\r\nContent-Length: ${json.length}\r\n`),
      code: 'VALIDATION',
      leaks: ['%E0'],
    },
    { name: 'a lone percent sign', send: get('/%'), code: 'VALIDATION', leaks: ["'%'"] },
    { name: 'a malformed escape in a media path', send: get('/media/%zz'), code: 'VALIDATION', leaks: ['%zz'] },
    {
      name: 'an API function name too long for the router',
      send: get(`/api/${'x'.repeat(300)}`),
      code: 'NOT_FOUND',
      leaks: ['xxxxxxxxxx'],
    },
    { name: 'GET on an API function', send: get('/api/account'), code: 'NOT_FOUND', leaks: ['/api/account'] },
    {
      name: 'PUT on an API function',
      send: postTo('/api/account', `Content-Type: application/json\r\nContent-Length: ${json.length}\r\n`).replace(
        /^POST/,
        'PUT',
      ),
      code: 'NOT_FOUND',
      leaks: ['/api/account'],
    },
    {
      name: 'DELETE on an API function',
      send: get('/api/account').replace(/^GET/, 'DELETE'),
      code: 'NOT_FOUND',
      leaks: ['/api/account'],
    },
    {
      name: 'a method the parser does not know',
      send: get('/api/account').replace(/^GET/, 'BREW'),
      code: 'VALIDATION',
    },
    {
      name: 'a Content-Length that is not a number',
      send: postTo('/api/account', 'Content-Type: application/json\r\nContent-Length: abc\r\n'),
      code: 'VALIDATION',
    },
    {
      name: 'both Content-Length and chunked encoding',
      send: postTo(
        '/api/account',
        `Content-Type: application/json\r\nContent-Length: ${json.length}\r\nTransfer-Encoding: chunked\r\n`,
      ),
      code: 'VALIDATION',
    },
    {
      name: 'a chunk size that is not hex',
      send: postTo(
        '/api/account',
        'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n',
        'zz\r\n{}\r\n0\r\n\r\n',
      ),
      code: 'VALIDATION',
    },
    {
      name: 'a Content-Length over the body limit',
      send: postTo('/api/account', 'Content-Type: application/json\r\nContent-Length: 10000000\r\n', ''),
      code: 'PAYLOAD_TOO_LARGE',
    },
    { name: 'no Host header', send: 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n', code: 'VALIDATION' },
    {
      name: 'a Host header with a space in it',
      send: 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1 evil\r\nConnection: close\r\n\r\n',
      code: 'VALIDATION',
    },
    {
      name: 'a Host header with a control character',
      send: 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\x01\r\nConnection: close\r\n\r\n',
      code: 'VALIDATION',
    },
    {
      name: 'headers far too large',
      send: get('/healthz', `X-Filler: ${'a'.repeat(40 * 1024)}\r\n`),
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'an Expect header we do not meet',
      send: get('/healthz', 'Expect: something-else\r\n'),
      code: 'VALIDATION',
    },
    { name: 'an unknown HTTP version', send: 'GET /healthz HTTP/7.1\r\nHost: 127.0.0.1\r\n\r\n', code: 'VALIDATION' },
    {
      name: 'a path that climbs out of the media folder',
      send: get('/media/..%2f..%2f..%2fetc%2fpasswd'),
      code: 'NOT_FOUND',
      leaks: ['passwd'],
    },
    {
      name: 'a media file that is not there',
      send: get('/media/nothing-here.mp3'),
      code: 'NOT_FOUND',
      leaks: ['nothing-here'],
    },
  ];

  it.each(table)('$name', async ({ send, code, leaks }) => {
    const answer = await exchange(host.port, [send]);
    expectEnvelope(answer, code, leaks);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps serving after all of them', async () => {
    const res = await fetch(`${host.baseUrl}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('/api accepts only JSON bodies', () => {
  let host: Harness;
  beforeAll(async () => {
    host = await startHarness();
  });
  afterAll(async () => {
    await host?.stop();
  });

  const send = (contentType: string | null, body: string | null) =>
    exchange(host.port, [
      `POST /api/account HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${contentType === null ? '' : `Content-Type: ${contentType}\r\n`}${body === null ? '' : `Content-Length: ${Buffer.byteLength(body)}\r\n`}\r\n${body ?? ''}`,
    ]);
  const devLogin = JSON.stringify({ action: 'devLogin', data: { handle: 'member1' } });

  it.each([
    ['text/plain (a cross-site "simple" request)', 'text/plain', devLogin],
    ['text/plain with a charset', 'text/plain;charset=UTF-8', devLogin],
    ['a urlencoded form', 'application/x-www-form-urlencoded', 'action=devLogin'],
    [
      'a multipart form',
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="action"\r\n\r\ndevLogin\r\n--x--\r\n`,
    ],
    ['application/jsonp', 'application/jsonp', devLogin],
    ['application/json-seq', 'application/json-seq', devLogin],
    ['text/json', 'text/json', devLogin],
    ['JSON in another charset', 'application/json; charset=latin1', devLogin],
    ['a header that is no media type', ';;;', devLogin],
    ['a JSON body with no Content-Type', null, devLogin],
    ['no body and no Content-Type', null, null],
    ['text/plain with no body', 'text/plain', null],
  ])('refuses %s with 415', async (_label, contentType, body) => {
    expectEnvelope(await send(contentType, body), 'UNSUPPORTED_MEDIA_TYPE');
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON;charset=UTF-8',
    'application/json ; charset="utf-8"',
  ])('accepts %p', async (contentType) => {
    const answer = await send(contentType, devLogin);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
  });

  it('answers an empty JSON body as a request without an action, not as a crash', async () => {
    expectEnvelope(await send('application/json', ''), 'VALIDATION');
  });
});

describe('security headers', () => {
  let host: Harness;
  beforeAll(async () => {
    if (!existsSync(path.join(H5_DIR, 'index.html')))
      throw new Error('dist/h5 is missing: run `npm run build:h5` (npm test does it first).');
    host = await startHarness();
    mkdirSync(path.join(host.mediaDir, 'books'), { recursive: true });
    writeFileSync(path.join(host.mediaDir, 'books', 'a.mp3'), DEMO_MP3);
  });
  afterAll(async () => {
    await host?.stop();
  });

  const directives = (csp: string | null) =>
    new Map(
      (csp ?? '')
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const [name, ...values] = d.split(/\s+/);
          return [name, values] as const;
        }),
    );

  async function expectHardened(res: Response, inlineScripts: string[] = []): Promise<void> {
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    // Inline script only by the exact hash of what the page carries, never 'unsafe-inline'.
    const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
    expect(csp.get('script-src')).toEqual(["'self'", ...hashes]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    // Plain HTTP on a LAN address must keep working: no forced upgrade to https.
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  }

  it('are on the app shell and its page routes', async () => {
    for (const p of ['/', '/pages/books/index', '/s?scene=x.unknown']) {
      const res = await fetch(host.baseUrl + p);
      expect(res.status).toBe(200);
      // Taro's page carries an empty <script></script>; nothing inline has anything to run.
      expect(await res.text()).not.toMatch(/<script>[^<]/);
      await expectHardened(res);
    }
  });

  it('allow the lean scan landing its own inline script and nothing else', async () => {
    const res = await fetch(`${host.baseUrl}/s?scene=b.1`);
    expect(res.status).toBe(200);
    const inline = [...(await res.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    await expectHardened(res, inline);
  });

  /** JSON answers are never rendered: a policy that loads nothing at all, framing refused, not cached. */
  async function expectJsonHardened(res: Response): Promise<void> {
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    // Framing is refused by frame-ancestors above; a JSON answer has no links to send a Referer from.
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('referrer-policy')).toBeNull();
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  }

  it('are on API answers, good and bad, with a policy that loads nothing', async () => {
    const ok = await fetch(`${host.baseUrl}/api/audiobooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'list' }),
    });
    expect(ok.status).toBe(200);
    await expectJsonHardened(ok);
    const refused = await fetch(`${host.baseUrl}/api/account`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'me' }),
    });
    expect(refused.status).toBe(401);
    await expectJsonHardened(refused);
    await expectJsonHardened(
      await fetch(`${host.baseUrl}/api/nosuchfunction`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    );
  });

  it('are on media, whole and by Range', async () => {
    const whole = await fetch(`${host.baseUrl}/media/books/a.mp3`);
    expect(whole.status).toBe(200);
    await expectHardened(whole);
    const range = await fetch(`${host.baseUrl}/media/books/a.mp3`, { headers: { range: 'bytes=100-199' } });
    expect(range.status).toBe(206);
    expect(Buffer.from(await range.arrayBuffer()).equals(DEMO_MP3.subarray(100, 200))).toBe(true);
    await expectHardened(range);
  });

  it('let the app load its media, images from blobs and data URLs, and nothing from elsewhere', async () => {
    const csp = directives((await fetch(host.baseUrl + '/')).headers.get('content-security-policy'));
    expect(csp.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:']));
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('media-src') ?? csp.get('default-src')).toContain("'self'");
    for (const values of csp.values()) expect(values.join(' ')).not.toMatch(/\*|https?:|'unsafe-eval'/);
  });
});

describe('upload rate limit', () => {
  let host: Harness;
  let admin: string;
  beforeAll(async () => {
    host = await startHarness({ uploadRateLimit: { max: 3, timeWindowMs: 60_000 } });
    admin = await login(host.baseUrl, 'admin');
  });
  afterAll(async () => {
    await host?.stop();
  });

  const upload = async (token: string | null) => {
    const form = new FormData();
    form.append('file', new Blob([DEMO_MP3.subarray(0, 2048)], { type: 'audio/mpeg' }), 'a.mp3');
    const res = await fetch(`${host.baseUrl}/upload/audio`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as { ok: boolean; error?: { code: string; message: string } },
    };
  };

  it('answers the person who uploads too often with RATE_LIMITED in a sentence, and only them', async () => {
    for (let i = 0; i < 3; i += 1) expect((await upload(admin)).status).not.toBe(429);
    const limited = await upload(admin);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(limited.body.error?.message).toMatch(CHINESE);
    expect(Object.keys(limited.body).sort()).toEqual(['error', 'ok']);
    // Someone else on the same address is counted on their own.
    const member = await login(host.baseUrl, 'member1');
    expect((await upload(member)).status).toBe(403);
    // The API is not limited by this.
    const me = await post(host.baseUrl, 'account', { action: 'me' }, admin);
    expect(me.status).toBe(200);
  });
});
