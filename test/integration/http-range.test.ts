// Byte ranges as browsers and players expect them (RFC 9110 §14), checked over real HTTP with curl, a client none
// of our code wrote, and in Chromium, whose <audio> element asks for ranges by itself while it plays and seeks.
// Every route that serves stored bytes (/media, /files, /listen) answers through sendStoredFile; the H5 build's
// static files ignore Range (whole 200), which the RFC allows and no player needs. Multi-range requests are answered
// with the whole file (200), never multipart/byteranges: one answer shape for every player.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import { describeInBrowser, launchBrowser } from '../support/browser';
import { post } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';

const run = promisify(execFile);

interface CurlAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One GET through curl: status, lower-cased headers (last of each) and the body's bytes. */
async function curl(url: string, args: string[] = []): Promise<CurlAnswer> {
  const { stdout } = await run('curl', ['-s', '-i', '--http1.1', ...args, url], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  const split = stdout.indexOf('\r\n\r\n');
  const head = stdout.subarray(0, split).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/[\d.]+ (\d{3})/.exec(head[0])?.[1]);
  const headers: Record<string, string> = {};
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers, body: stdout.subarray(split + 4) };
}

type Out<A extends keyof AudiobooksApi> = AudiobooksApi[A]['output'];

describe('byte ranges (RFC 9110) through curl', () => {
  let host: TestHost;
  let url: string;
  let whole: Buffer;
  let etag: string;
  let lastModified: string;

  beforeAll(async () => {
    host = await startHost();
    const list = await post<Out<'list'>>(host.baseUrl, 'audiobooks', { action: 'list' });
    if (!list.body.ok) throw new Error(JSON.stringify(list.body));
    const got = await post<Out<'get'>>(host.baseUrl, 'audiobooks', {
      action: 'get',
      data: { bookId: list.body.data.books[0].id },
    });
    if (!got.body.ok) throw new Error(JSON.stringify(got.body));
    url = new URL(got.body.data.chapters[0].audioUrl, host.baseUrl).toString();
    const full = await curl(url);
    expect(full.status).toBe(200);
    whole = full.body;
    etag = full.headers.etag;
    lastModified = full.headers['last-modified'];
    expect(etag).toMatch(/^"/);
    expect(whole.length).toBeGreaterThan(10_000);
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('answers one range with 206 and its Content-Range (curl -r)', async () => {
    const part = await curl(url, ['-r', '100-199']);
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${whole.length}`);
    expect(part.body.equals(whole.subarray(100, 200))).toBe(true);
  });

  it('says the size on a 416: Content-Range bytes */<size>', async () => {
    const beyond = await curl(url, ['-H', `Range: bytes=${whole.length + 10}-`]);
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${whole.length}`);
    expect(JSON.parse(beyond.body.toString('utf8'))).toMatchObject({ ok: false });
  });

  it('ignores an invalid range-spec (bytes=5-2): the whole file with 200, not 416', async () => {
    for (const range of ['bytes=5-2', 'bytes=abc', 'bytes=-', 'pages=0-9', 'bytes=1-2-3']) {
      const answer = await curl(url, ['-H', `Range: ${range}`]);
      expect({ range, status: answer.status }).toEqual({ range, status: 200 });
      expect(answer.headers['content-range']).toBeUndefined();
      expect(answer.body.length).toBe(whole.length);
    }
  });

  it('answers a range list none of which can be met with 416, and one with any that can with the whole file', async () => {
    const none = await curl(url, ['-H', `Range: bytes=${whole.length}-, ${whole.length + 5}-${whole.length + 9}`]);
    expect(none.status).toBe(416);
    expect(none.headers['content-range']).toBe(`bytes */${whole.length}`);
    const some = await curl(url, ['-r', `0-9,${whole.length + 5}-`]);
    expect(some.status).toBe(200);
    expect(some.headers['content-type']).not.toMatch(/multipart/);
    expect(some.body.equals(whole)).toBe(true);
    const both = await curl(url, ['-r', '0-9,20-29']);
    expect(both.status).toBe(200);
    expect(both.body.equals(whole)).toBe(true);
  });

  it('reads the unit without regard to case and allows spaces around the range', async () => {
    const part = await curl(url, ['-H', 'Range: Bytes= 10-19 ']);
    expect(part.status).toBe(206);
    expect(part.body.equals(whole.subarray(10, 20))).toBe(true);
  });

  it('honours If-Range only with the strong ETag or the exact Last-Modified date', async () => {
    const strong = await curl(url, ['-r', '0-9', '-H', `If-Range: ${etag}`]);
    expect(strong.status).toBe(206);
    const date = await curl(url, ['-r', '0-9', '-H', `If-Range: ${lastModified}`]);
    expect(date.status).toBe(206);
    // A weak ETag can never validate a range (RFC 9110 §13.1.5): the whole file.
    const weak = await curl(url, ['-r', '0-9', '-H', `If-Range: W/${etag}`]);
    expect(weak.status).toBe(200);
    expect(weak.body.length).toBe(whole.length);
    // A later date is not this copy's date.
    const later = new Date(Date.parse(lastModified) + 60_000).toUTCString();
    expect((await curl(url, ['-r', '0-9', '-H', `If-Range: ${later}`])).status).toBe(200);
    // An ETag that V8 would happily read as a year (Date.parse('"9999"')) is still only an ETag that differs.
    expect((await curl(url, ['-r', '0-9', '-H', 'If-Range: "9999"'])).status).toBe(200);
  });

  it('keeps private keys private: 404 with no-store, Range or not', async () => {
    const answer = await curl(`${host.baseUrl}/media/exports/anything.xlsx`, ['-r', '0-9']);
    expect(answer.status).toBe(404);
    expect(answer.headers['cache-control']).toBe('private, no-store');
  });
});

describe("byte ranges on the H5 app's static files", () => {
  it('answers them whole: Range is ignored there, so no weak If-Range or bytes=5-2 can be misread', async () => {
    const h5Dir = mkdtempSync(path.join(tmpdir(), 'sp-h5-'));
    const asset = Buffer.alloc(4096, 7);
    writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(path.join(h5Dir, 'asset.bin'), asset);
    const host = await startHost({ h5Dir });
    try {
      for (const args of [
        ['-r', '0-9'],
        ['-H', 'Range: bytes=5-2'],
        ['-r', '0-9', '-H', 'If-Range: W/"x"'],
      ]) {
        const answer = await curl(`${host.baseUrl}/asset.bin`, args);
        expect({ args, status: answer.status }).toEqual({ args, status: 200 });
        expect(answer.body.equals(asset)).toBe(true);
        expect(answer.headers['accept-ranges']).not.toBe('bytes');
      }
    } finally {
      await host.stop();
      rmSync(h5Dir, { recursive: true, force: true });
    }
  });
});

describeInBrowser('byte ranges in Chromium', () => {
  it('plays a chapter in <audio> and seeks, the browser asking for ranges itself', async () => {
    // A page of the host's own origin, as the app is (Chromium will not let about:blank reach a loopback host).
    const h5Dir = mkdtempSync(path.join(tmpdir(), 'sp-h5-'));
    writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>t</title><body></body>');
    const host = await startHost({ h5Dir });
    const browser = await launchBrowser();
    try {
      const list = await post<Out<'list'>>(host.baseUrl, 'audiobooks', { action: 'list' });
      if (!list.body.ok) throw new Error(JSON.stringify(list.body));
      const got = await post<Out<'get'>>(host.baseUrl, 'audiobooks', {
        action: 'get',
        data: { bookId: list.body.data.books[0].id },
      });
      if (!got.body.ok) throw new Error(JSON.stringify(got.body));
      const audioUrl = new URL(got.body.data.chapters[0].audioUrl, host.baseUrl).toString();
      const page = await browser.newPage();
      const answers: { range: string | undefined; status: number; contentRange: string | undefined }[] = [];
      page.on('response', (response) => {
        if (response.url() !== audioUrl) return;
        void response
          .request()
          .allHeaders()
          .then((headers) => {
            answers.push({
              range: headers.range,
              status: response.status(),
              contentRange: response.headers()['content-range'],
            });
          });
      });
      await page.goto(`${host.baseUrl}/`);
      const result = await page.evaluate(async (src) => {
        const audio = document.createElement('audio');
        audio.muted = true; // a muted element may play without a gesture
        audio.preload = 'auto';
        audio.src = src;
        document.body.appendChild(audio);
        await new Promise<void>((resolve, reject) => {
          audio.addEventListener('loadedmetadata', () => resolve(), { once: true });
          audio.addEventListener('error', () => reject(new Error(`audio error ${audio.error?.code}`)), { once: true });
        });
        await audio.play();
        const target = audio.duration - 3;
        audio.currentTime = target;
        await new Promise<void>((resolve) => audio.addEventListener('seeked', () => resolve(), { once: true }));
        await new Promise<void>((resolve) => audio.addEventListener('timeupdate', () => resolve(), { once: true }));
        return { duration: audio.duration, at: audio.currentTime, target, error: audio.error?.code ?? null };
      }, audioUrl);
      expect(result.error).toBeNull();
      expect(result.duration).toBeGreaterThan(20);
      expect(result.at).toBeGreaterThanOrEqual(result.target - 0.5);
      await page.waitForTimeout(200);
      // Chromium asked for ranges and every answer was a proper 206 with its Content-Range.
      const ranged = answers.filter((a) => a.range);
      expect(ranged.length).toBeGreaterThan(0);
      for (const a of ranged) {
        expect(a.status).toBe(206);
        expect(a.contentRange).toMatch(/^bytes \d+-\d+\/\d+$/);
      }
      expect(answers.every((a) => a.status === 200 || a.status === 206)).toBe(true);
    } finally {
      await browser.close();
      await host.stop();
      rmSync(h5Dir, { recursive: true, force: true });
    }
  }, 60_000);
});
