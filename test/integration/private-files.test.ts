// Private files by default (issue 15, break 2): /media serves only the public part of the file store — chapter
// audio and QR images, with a shared-cache header. Exports, uploaded rosters, audio uploads no chapter plays, and
// any folder nobody named public are answered exactly like a missing file, with no-store, on SQLite and
// PostgreSQL; the exports stay downloadable through their signed, person-bound /files link.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import { visibilityOfKey } from '../../backend/files/file-keys';
import { login, post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startHost, type TestHost } from '../support/start-host';
import { expectNothingWritten } from '../support/table-snapshot';

const DEMO_MP3 = readFileSync(path.resolve(__dirname, '../../backend/seed/demo-audio/party-history-stories-01.mp3'));
const CHINESE_SENTENCE = /[\u4e00-\u9fff].*[。！？]$/;

describe('which keys are public: decided in one place, private unless named', () => {
  it.each([
    ['books/party-history/01.mp3', 'public'],
    ['qr/b.1k.png', 'public'],
    ['uploads/0b6f3c1e-1111-4222-8333-444455556666.mp3', 'chapter'],
    ['uploads/nested/x.mp3', 'private'],
    ['exports/0b6f3c1e-1111-4222-8333-444455556666.xlsx', 'private'],
    ['notices/speech/12-v1-AAAAAAAAAAAAAAAA.mp3', 'private'],
    ['certificates/V-0001.pdf', 'private'],
    ['books', 'private'],
    ['../books/a.mp3', 'private'],
  ] as const)('%s is %s', (key, visibility) => {
    expect(visibilityOfKey(key)).toBe(visibility);
  });
});

describe.each(availableEngines())('private files on %s', (engine) => {
  let host: TestHost;
  let admin: string;
  let secretary: string;

  beforeAll(async () => {
    host = await startHost({ engine, jobIntervalMs: 0 });
    [admin, secretary] = await Promise.all([login(host.baseUrl, 'admin'), login(host.baseUrl, 'secretary1')]);
  });
  afterAll(async () => {
    await host?.stop();
  });

  const db = () => host.deps.database.db;
  /** A stranger's fetch: no session. Expects the same refusal as a file that does not exist, and no cache. */
  const expectHidden = async (urlPath: string, init: RequestInit = {}) => {
    const res = await expectNothingWritten(db(), () => fetch(host.baseUrl + urlPath, init));
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    expect(res.headers.get('cache-control')).not.toMatch(/public|max-age/);
    expect(res.headers.get('content-range')).toBeNull();
    if (init.method !== 'HEAD') {
      const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(body.error.message).toMatch(CHINESE_SENTENCE);
    }
  };

  it('an export is not at /media/exports/<uuid>.xlsx for anyone (whole, HEAD or a Range), only through its personal link', async () => {
    const me = await post<{ user: { orgUnitId: number } }>(host.baseUrl, 'account', { action: 'me' }, secretary);
    if (!me.body.ok) throw new Error(JSON.stringify(me.body));
    const made = await post<AudiobooksApi['exportStudyStats']['output']>(
      host.baseUrl,
      'audiobooks',
      { action: 'exportStudyStats', data: { orgUnitId: me.body.data.user.orgUnitId, month: '2026-11' } },
      secretary,
    );
    if (!made.body.ok) throw new Error(JSON.stringify(made.body));
    const key = made.body.data.path.slice('/files/'.length, made.body.data.path.indexOf('?'));
    expect(key).toMatch(/^exports\/[0-9a-f-]{36}\.xlsx$/);
    expect(await host.deps.files.stat(key)).not.toBeNull();

    await expectHidden(`/media/${key}`);
    await expectHidden(`/media/${key}`, { method: 'HEAD' });
    await expectHidden(`/media/${key}`, { headers: { range: 'bytes=0-99' } });
    // Its signed owner still downloads it, privately.
    const mine = await fetch(host.baseUrl + made.body.data.path, { headers: { authorization: `Bearer ${secretary}` } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
  });

  it('an uploaded roster is not at /media/uploads/…', async () => {
    const form = new FormData();
    form.append('file', new Blob(['姓名,手机号\n夏春华,13900000000\n']), 'roster.csv');
    const up = await fetch(`${host.baseUrl}/upload/roster`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
    const body = (await up.json()) as { ok: boolean; data: { fileRef: string } };
    if (!body.ok) throw new Error(JSON.stringify(body));
    expect(await host.deps.files.stat(body.data.fileRef)).not.toBeNull();
    await expectHidden(`/media/${body.data.fileRef}`);
  });

  it('an audio upload is hidden until a chapter plays it; then it is public, cached and by Range', async () => {
    const form = new FormData();
    form.append('file', new Blob([DEMO_MP3], { type: 'audio/mpeg' }), '第一章.mp3');
    const up = await fetch(`${host.baseUrl}/upload/audio`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: form,
    });
    const ref = ((await up.json()) as { data: { fileRef: string } }).data.fileRef;
    await expectHidden(`/media/${ref}`);

    const book = await post<AudiobooksApi['createBook']['output']>(
      host.baseUrl,
      'audiobooks',
      {
        action: 'createBook',
        data: { collectionId: 1, title: '公开的章节', author: '测试', description: '章节的声音是公开的。' },
      },
      admin,
    );
    if (!book.body.ok) throw new Error(JSON.stringify(book.body));
    const added = await post<AudiobooksApi['addChapter']['output']>(
      host.baseUrl,
      'audiobooks',
      { action: 'addChapter', data: { bookId: book.body.data.book.id, title: '第一章', fileRef: ref } },
      admin,
    );
    if (!added.body.ok) throw new Error(JSON.stringify(added.body));
    const part = await fetch(`${host.baseUrl}/media/${ref}`, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${DEMO_MP3.length}`);
    expect(part.headers.get('cache-control')).toBe('public, max-age=604800');
    expect(Buffer.from(await part.arrayBuffer()).equals(DEMO_MP3.subarray(100, 200))).toBe(true);
  });

  it('the library and QR images stay public; a folder nobody named public is private', async () => {
    await host.deps.files.put('books/open/01.mp3', DEMO_MP3, 'audio/mpeg');
    await host.deps.files.put('qr/poster-test.png', new Uint8Array([137, 80, 78, 71]), 'image/png');
    await host.deps.files.put('certificates/V-0001.png', new Uint8Array([137, 80, 78, 71]), 'image/png');
    for (const key of ['books/open/01.mp3', 'qr/poster-test.png']) {
      const res = await fetch(`${host.baseUrl}/media/${key}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=604800');
      const again = await fetch(`${host.baseUrl}/media/${key}`, {
        headers: { 'if-none-match': res.headers.get('etag') ?? '' },
      });
      expect(again.status).toBe(304);
    }
    await expectHidden('/media/certificates/V-0001.png');
    // A store asked for the public address of a private file refuses, instead of making a link that leaks.
    expect(() => host.deps.files.url('exports/a.xlsx')).toThrow(/private/);
  });
});
