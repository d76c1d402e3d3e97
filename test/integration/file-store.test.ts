// One file store, three backends: the host's disk and an S3-compatible bucket behave alike here (WeChat cloud
// storage is the fake-only boundary, see cloud-files.test.ts). The fault this answers: a second host on the same
// PostgreSQL answered 404 for every audio file, because media lived on the first host's disk. With one bucket,
// a chapter uploaded through host A plays from host B, byte ranges, validators and caching included.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import type { NoticesApi } from '../../contracts/notices';
import type { QrCode } from '../../contracts/qrcode';
import { diskFileStore } from '../../backend/files/disk-file-store';
import { isFileKey } from '../../backend/files/file-keys';
import { s3FileStore } from '../../backend/files/s3-file-store';
import { sweepUploads } from '../../apps/host/upload-sweep';
import { neutralKey } from '../../backend/data/migrations/0005-files';
import type { FileStore } from '../../backend/runtime/deps';
import { login, post, rawGet } from '../support/api';
import { availableEngines } from '../support/engines';
import { startLocalS3, type LocalS3 } from '../support/s3-server';
import { startHost, type TestHost } from '../support/start-host';

const DEMO_MP3 = readFileSync(path.resolve(__dirname, '../../backend/seed/demo-audio/party-history-stories-01.mp3'));
const CHINESE = /[\u4e00-\u9fff]/;
const hasPostgres = availableEngines().includes('postgres');
const hasSpeech = ['espeak-ng', 'lame'].every((bin) =>
  ['/usr/bin', '/usr/local/bin'].some((dir) => readdirOr(dir).includes(bin)),
);

function readdirOr(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

async function text(stream: NodeJS.ReadableStream | null): Promise<string> {
  if (!stream) return '<none>';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

describe('file keys', () => {
  it('are relative paths of plain segments that cannot climb out or hide', () => {
    for (const good of [
      'books/party-history/01.mp3',
      'uploads/0f8e2c1a-1111-4111-8111-111111111111.mp3',
      'qr/i.1.2.abc_-x.png',
      'exports/a.xlsx',
    ])
      expect(isFileKey(good)).toBe(true);
    for (const bad of [
      '',
      '/etc/passwd',
      '../x',
      'a/../b',
      'a//b',
      'a/./b',
      '.hidden',
      'a/.part',
      'a\\b',
      'cloud://env/x',
      'a b.mp3',
      '%2e%2e/x',
      'x'.repeat(513),
    ])
      expect(isFileKey(bad)).toBe(false);
  });

  it('are what migration 0005 makes of the stored paths of both runtimes', () => {
    expect(neutralKey('/media/qr/b.1.png')).toBe('qr/b.1.png');
    expect(neutralKey('cloud://prod-4a89.7072-prod-4a89-1258717764/uploads/x.mp3')).toBe('uploads/x.mp3');
    expect(neutralKey('books/party-history/01.mp3')).toBe('books/party-history/01.mp3');
  });
});

describe('disk and S3 stores keep files the same way', () => {
  let s3: LocalS3;
  let dir: string;
  const stores: Record<string, () => FileStore> = {};
  beforeAll(async () => {
    s3 = await startLocalS3();
    dir = mkdtempSync(path.join(tmpdir(), 'sp-files-'));
    stores.disk = () => diskFileStore(path.join(dir, 'media'));
    stores.s3 = () => s3FileStore(s3.settings.s3);
  });
  afterAll(async () => {
    await s3?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['disk', 's3'])('%s: put, stat, read a range, list, move, delete', async (kind) => {
    const files = stores[kind]();
    expect(files.kind).toBe(kind);
    await files.put('books/b1/01.mp3', DEMO_MP3, 'audio/mpeg');
    const facts = await files.stat('books/b1/01.mp3');
    expect(facts).toMatchObject({ bytes: DEMO_MP3.length, mime: 'audio/mpeg' });
    expect(facts?.etag).toMatch(/^"[^"]+"$/);
    expect(await text(await files.read('books/b1/01.mp3', { start: 100, end: 109 }))).toBe(
      DEMO_MP3.subarray(100, 110).toString('utf8'),
    );

    const local = path.join(dir, `${kind}-local.txt`);
    writeFileSync(local, 'moved in');
    await files.move('uploads/m.txt', local, 'text/plain');
    expect(() => readFileSync(local)).toThrow();
    expect(await text(await files.read('uploads/m.txt'))).toBe('moved in');

    expect((await files.list('books/')).map((f) => f.key)).toEqual(['books/b1/01.mp3']);
    expect((await files.list('uploads/')).map((f) => [f.key, f.bytes])).toEqual([['uploads/m.txt', 8]]);

    await files.delete('books/b1/01.mp3');
    await files.delete('books/b1/01.mp3'); // deleting what is gone is fine
    expect(await files.stat('books/b1/01.mp3')).toBeNull();
    expect(await files.read('books/b1/01.mp3')).toBeNull();
    await expect(files.put('../escape.txt', Buffer.from('x'), 'text/plain')).rejects.toThrow(/not a file key/);
    expect(await files.stat('../../etc/passwd')).toBeNull();
    expect(files.url('books/b1/01.mp3')).toBe('/media/books/b1/01.mp3');
    await files.delete('uploads/m.txt');
  });

  it('an S3 store whose bucket does not exist says so before the host starts', async () => {
    await expect(s3FileStore({ ...s3.settings.s3, bucket: 'no-such-bucket' }).check()).rejects.toThrow(/S3_BUCKET/);
  });
});

(hasPostgres ? describe : describe.skip)('two hosts on one PostgreSQL and one S3 bucket', () => {
  let s3: LocalS3;
  let hostA: TestHost;
  let hostB: TestHost;
  let admin: string;
  let chapterUrl: string;
  let uploadedRef: string;

  beforeAll(async () => {
    s3 = await startLocalS3();
    hostA = await startHost({ engine: 'postgres', fileStore: s3.settings });
    hostB = await startHost({ engine: 'postgres', databaseUrl: hostA.databaseUrl, fileStore: s3.settings });
    admin = await login(hostA.baseUrl, 'admin');
  });
  afterAll(async () => {
    await hostB?.stop();
    await hostA?.stop();
    await s3?.stop();
  });

  it('plays on host B a chapter uploaded through host A, with byte ranges', async () => {
    const form = new FormData();
    form.append('file', new Blob([DEMO_MP3], { type: 'audio/mpeg' }), '第一章.mp3');
    const up = await fetch(`${hostA.baseUrl}/upload/audio`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
    expect(up.status).toBe(200);
    uploadedRef = ((await up.json()) as { data: { fileRef: string } }).data.fileRef;
    const created = await post<AudiobooksApi['createBook']['output']>(
      hostA.baseUrl,
      'audiobooks',
      {
        action: 'createBook',
        data: { collectionId: 1, title: '两台主机', author: '测试', description: '两台主机共用一个存储桶。' },
      },
      admin,
    );
    if (!created.body.ok) throw new Error(JSON.stringify(created.body));
    const added = await post<AudiobooksApi['addChapter']['output']>(
      hostA.baseUrl,
      'audiobooks',
      { action: 'addChapter', data: { bookId: created.body.data.book.id, title: '第一章', fileRef: uploadedRef } },
      admin,
    );
    expect(added.status).toBe(200);

    // Host B is asked for the book and its audio: it has never seen the upload on its own disk.
    const book = await post<AudiobooksApi['get']['output']>(hostB.baseUrl, 'audiobooks', {
      action: 'get',
      data: { bookId: created.body.data.book.id },
    });
    if (!book.body.ok) throw new Error(JSON.stringify(book.body));
    chapterUrl = book.body.data.chapters[0].audioUrl;
    expect(chapterUrl).toBe(`/media/${uploadedRef}`);
    const part = await fetch(hostB.baseUrl + chapterUrl, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${DEMO_MP3.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(DEMO_MP3.subarray(100, 200))).toBe(true);
    // And host A serves the same bytes from the same bucket.
    const fromA = await fetch(hostA.baseUrl + chapterUrl, { headers: { range: 'bytes=100-199' } });
    expect(Buffer.from(await fromA.arrayBuffer()).equals(DEMO_MP3.subarray(100, 200))).toBe(true);
  });

  it('serves media from the bucket as it does from disk: whole, ranges, validators, caching', async () => {
    const url = hostB.baseUrl + chapterUrl;
    const full = await fetch(url);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toMatch(/audio\/mpeg/);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(full.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(full.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = full.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    expect(Buffer.from(await full.arrayBuffer()).equals(DEMO_MP3)).toBe(true);

    const tail = await fetch(url, { headers: { range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(DEMO_MP3.subarray(DEMO_MP3.length - 10))).toBe(true);
    const open = await fetch(url, { headers: { range: `bytes=${DEMO_MP3.length - 5}-` } });
    expect(open.status).toBe(206);
    expect((await open.arrayBuffer()).byteLength).toBe(5);
    const beyond = await fetch(url, { headers: { range: `bytes=${DEMO_MP3.length + 10}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${DEMO_MP3.length}`);
    expect(await beyond.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(CHINESE) },
    });

    expect((await rawGet(hostB.baseUrl, chapterUrl, { 'if-none-match': etag })).status).toBe(304);
    expect((await rawGet(hostA.baseUrl, chapterUrl, { 'if-none-match': etag })).status).toBe(304);
    // A player holding an older copy gets the whole new file, not a range of it.
    const stale = await fetch(url, { headers: { range: 'bytes=0-9', 'if-range': '"an-older-copy"' } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(DEMO_MP3.length));
  });

  it('serves the demo library and QR images host A put in the bucket', async () => {
    const list = await post<AudiobooksApi['list']['output']>(hostB.baseUrl, 'audiobooks', { action: 'list' });
    if (!list.body.ok) throw new Error('list failed');
    const demo = await post<AudiobooksApi['get']['output']>(hostB.baseUrl, 'audiobooks', {
      action: 'get',
      data: { bookId: list.body.data.books[0].id },
    });
    if (!demo.body.ok) throw new Error('get failed');
    const first = await fetch(hostB.baseUrl + demo.body.data.chapters[0].audioUrl, { headers: { range: 'bytes=0-2' } });
    expect(first.status).toBe(206);
    expect(Buffer.from(await first.arrayBuffer()).toString('latin1')).toBe('ID3');

    const qr = await post<QrCode>(
      hostA.baseUrl,
      'qrcode',
      { action: 'create', data: { type: 'book', id: list.body.data.books[0].id } },
      admin,
    );
    if (!qr.body.ok) throw new Error(JSON.stringify(qr.body));
    expect(qr.body.data.image).toMatch(/^\/media\/qr\/b\.[0-9a-z]+\.png$/);
    const png = await fetch(hostB.baseUrl + qr.body.data.image);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('refuses keys that climb out or are not there, in the envelope', async () => {
    for (const p of [
      '/media/../../../../etc/passwd',
      '/media/%2e%2e/%2e%2e/etc/passwd',
      '/media/..%2f..%2fetc%2fpasswd',
      '/media/books/..%5c..%5cetc%5cpasswd',
      '/media/uploads/.hidden',
      '/media/books/none.mp3',
    ]) {
      const res = await rawGet(hostB.baseUrl, p);
      expect(res.text).not.toContain('root:');
      // Every one of them names no stored file: the same 404 in the envelope, whatever the trick.
      expect(res.status).toBe(404);
      expect(JSON.parse(res.text)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringMatching(CHINESE) },
      });
    }
  });

  it('keeps exports and notice audio private in the bucket: not at /media on either host, audio only by its listening link', async () => {
    const secretary = await login(hostA.baseUrl, 'secretary1');
    const me = await post<{ user: { orgUnitId: number } }>(hostA.baseUrl, 'account', { action: 'me' }, secretary);
    if (!me.body.ok) throw new Error(JSON.stringify(me.body));
    const made = await post<AudiobooksApi['exportStudyStats']['output']>(
      hostA.baseUrl,
      'audiobooks',
      { action: 'exportStudyStats', data: { orgUnitId: me.body.data.user.orgUnitId, month: '2026-11' } },
      secretary,
    );
    if (!made.body.ok) throw new Error(JSON.stringify(made.body));
    const exportKey = made.body.data.path.slice('/files/'.length, made.body.data.path.indexOf('?'));
    expect(await hostB.deps.files.stat(exportKey)).not.toBeNull();
    for (const base of [hostA.baseUrl, hostB.baseUrl]) {
      const res = await fetch(`${base}/media/${exportKey}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).not.toMatch(/public/);
    }
    if (!hasSpeech) return;

    const published = await post<NoticesApi['publish']['output']>(
      hostA.baseUrl,
      'notices',
      {
        action: 'publish',
        data: {
          title: '存储桶里的朗读',
          body: '两台主机共用一个存储桶。',
          audienceOrgUnitId: me.body.data.user.orgUnitId,
          importance: 'normal',
          needsAck: false,
        },
      },
      secretary,
    );
    if (!published.body.ok) throw new Error(JSON.stringify(published.body));
    const member = await login(hostA.baseUrl, 'member1');
    const spoken = await post<NoticesApi['speech']['output']>(
      hostA.baseUrl,
      'notices',
      { action: 'speech', data: { noticeId: published.body.data.notice.id } },
      member,
    );
    if (!spoken.body.ok || !spoken.body.data.audio) throw new Error(JSON.stringify(spoken.body));
    const link = spoken.body.data.audio.url;
    const key = decodeURIComponent(link.slice('/listen/'.length, link.indexOf('?')));
    expect((await fetch(`${hostB.baseUrl}/media/${key}`)).status).toBe(404);
    const part = await fetch(hostB.baseUrl + link, { headers: { range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-type')).toBe('audio/mpeg');
    expect(part.headers.get('cache-control')).toBe('private, no-store');
    expect((await part.arrayBuffer()).byteLength).toBe(100);
  });

  it('sweeps unused uploads from the bucket, and keeps those a chapter uses', async () => {
    const form = new FormData();
    form.append('file', new Blob([DEMO_MP3], { type: 'audio/mpeg' }), '没用上.mp3');
    const up = await fetch(`${hostB.baseUrl}/upload/audio`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
    const unused = ((await up.json()) as { data: { fileRef: string } }).data.fileRef;
    const later = new Date(Date.now() + 2 * 24 * 3600_000);
    const removed = await sweepUploads(hostB.deps.database.db, hostB.deps.files, hostB.mediaDir, later);
    expect(removed).toEqual([path.basename(unused)]);
    expect(await hostA.deps.files.stat(unused)).toBeNull();
    expect(await hostA.deps.files.stat(uploadedRef)).not.toBeNull();
    expect(
      await hostA.deps.database.db.selectFrom('files').select('key').where('key', '=', unused).executeTakeFirst(),
    ).toBeUndefined();
  });
});
