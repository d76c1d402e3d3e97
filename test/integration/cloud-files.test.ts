// Whatever one runtime stores, the other serves. The `build:cloud` bundle runs as WeChat would (only wx-server-sdk
// faked, its cloud storage a folder), sharing PostgreSQL and an S3 bucket with a host: a chapter added in the
// mini-program from a cloud:// upload plays on H5 with byte ranges, and a chapter of the host plays in the
// mini-program. On WeChat cloud storage alone, files get neutral keys and cloud:// addresses.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import { post } from '../support/api';
import { availableEngines } from '../support/engines';
import { startLocalS3, type LocalS3 } from '../support/s3-server';
import { startHost, type TestHost } from '../support/start-host';
import { buildCloudInto } from '../support/cloud-build';

const root = path.resolve(__dirname, '../..');
const DEMO_MP3 = readFileSync(path.resolve(root, 'backend/seed/demo-audio/party-history-stories-01.mp3'));
const FUNCTIONS = ['account', 'audiobooks', 'events', 'volunteer', 'notices', 'qrcode', 'org'];
const hasPostgres = availableEngines().includes('postgres');

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

describe('cloud bundles and the AWS SDK', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'sp-cloud-files-'));
    buildCloudInto(outDir);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('keep the S3 store and the pinyin dictionary in files of their own, loaded only when needed, and exceljs out', () => {
    for (const fn of FUNCTIONS) {
      const index = readFileSync(path.join(outDir, fn, 'index.js'), 'utf8');
      expect(index).not.toMatch(/S3Client|@aws-sdk/);
      expect(index).not.toMatch(/exceljs|ExcelJS/);
      expect(index).toContain('"s3-file-store.js"');
      expect(readFileSync(path.join(outDir, fn, 's3-file-store.js'), 'utf8')).toMatch(/S3Client/);
      // The roster's pinyin dictionary likewise: its own file, required when a name is first written.
      expect(index).not.toMatch(/pinyinPro/);
      expect(readFileSync(path.join(outDir, fn, 'pinyin.js'), 'utf8')).toMatch(/pinyinPro/);
      // Sizes as built, for the record (minified): index.js stays well under the S3 SDK's own size.
      expect(statSync(path.join(outDir, fn, 'index.js')).size).toBeLessThan(1_000_000);
    }
  });
});

(hasPostgres ? describe : describe.skip)('one deployment, one store, two runtimes', () => {
  let s3: LocalS3;
  let host: TestHost;
  let outDir: string;
  let storage: string;
  let adminId: number;
  const OPENID = 'oWX-admin-files';

  beforeAll(async () => {
    s3 = await startLocalS3();
    host = await startHost({ engine: 'postgres', fileStore: s3.settings });
    outDir = mkdtempSync(path.join(tmpdir(), 'sp-cloud-files-'));
    storage = path.join(outDir, 'wx-storage');
    buildCloudInto(outDir);
    const fake = path.join(outDir, 'audiobooks', 'node_modules', 'wx-server-sdk');
    mkdirSync(fake, { recursive: true });
    cpSync(path.join(root, 'test/support/fake-wx-server-sdk/index.js'), path.join(fake, 'index.js'));
    // The city admin, signed in to the mini-program.
    const db = host.deps.database.db;
    const admin = await db
      .selectFrom('people')
      .innerJoin('role_grants', 'role_grants.person_id', 'people.id')
      .select('people.id')
      .where('role_grants.role', '=', 'admin')
      .executeTakeFirstOrThrow();
    adminId = admin.id;
    await db
      .insertInto('identities')
      .values({ provider: 'wechat', subject: OPENID, person_id: adminId, created_at: new Date().toISOString() })
      .execute();
  });
  afterAll(async () => {
    await host?.stop();
    await s3?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  /** Runs the bundle in a process of its own; asynchronously, for the S3 endpoint and the host live in this one. */
  const run = async <T>(event: unknown, env: Record<string, string>): Promise<Reply<T>> => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'test/support/run-cloud-function.js'), path.join(outDir, 'audiobooks'), JSON.stringify(event)],
      {
        env: {
          ...process.env,
          LOG_LEVEL: 'error',
          FAKE_WX_OPENID: OPENID,
          FAKE_WX_STORAGE_DIR: storage,
          DATABASE_URL: host.databaseUrl as string,
          ...env,
        },
        encoding: 'utf8',
      },
    );
    // The answer is the last line; log lines (JSON too) may come before it.
    return JSON.parse(stdout.trim().split('\n').pop() as string) as Reply<T>;
  };

  /** What the mini-program's wx.cloud.uploadFile would have left in cloud storage. */
  const miniProgramUpload = (name: string) => {
    mkdirSync(path.join(storage, 'mp-uploads'), { recursive: true });
    writeFileSync(path.join(storage, 'mp-uploads', name), DEMO_MP3);
    return `cloud://fake-env.fake-bucket/mp-uploads/${name}`;
  };

  const newBook = async (title: string) => {
    const admin = await host.deps.tokens.issue(
      adminId,
      (
        await host.deps.database.db
          .selectFrom('people')
          .select('session_version')
          .where('id', '=', adminId)
          .executeTakeFirstOrThrow()
      ).session_version,
    );
    const created = await post<AudiobooksApi['createBook']['output']>(
      host.baseUrl,
      'audiobooks',
      { action: 'createBook', data: { collectionId: 1, title, author: '测试', description: '跨运行环境的文件。' } },
      admin,
    );
    if (!created.body.ok) throw new Error(JSON.stringify(created.body));
    return created.body.data.book.id;
  };

  it('plays on H5, with byte ranges, a chapter added in the mini-program', async () => {
    const bookId = await newBook('小程序上传');
    const ref = miniProgramUpload('a1.mp3');
    const added = await run<AudiobooksApi['addChapter']['output']>(
      { action: 'addChapter', data: { bookId, title: '第一章', fileRef: ref } },
      { ...s3.env, PUBLIC_URL: host.baseUrl },
    );
    if (!added.ok) throw new Error(JSON.stringify(added));
    // The mini-program is answered with the host's address of the copy in the bucket.
    expect(added.data.chapter.audioUrl).toMatch(new RegExp(`^${host.baseUrl}/media/uploads/[0-9a-f-]{36}\\.mp3$`));
    // Its own upload is not needed any more.
    expect(existsSync(path.join(storage, 'mp-uploads', 'a1.mp3'))).toBe(false);

    const book = await post<AudiobooksApi['get']['output']>(host.baseUrl, 'audiobooks', {
      action: 'get',
      data: { bookId },
    });
    if (!book.body.ok) throw new Error(JSON.stringify(book.body));
    const url = book.body.data.chapters[0].audioUrl;
    expect(url).toMatch(/^\/media\/uploads\/[0-9a-f-]{36}\.mp3$/);
    const part = await fetch(host.baseUrl + url, { headers: { range: 'bytes=1000-1099' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(DEMO_MP3.subarray(1000, 1100))).toBe(true);
  });

  it('plays in the mini-program a chapter of the host', async () => {
    const list = await post<AudiobooksApi['list']['output']>(host.baseUrl, 'audiobooks', { action: 'list' });
    if (!list.body.ok) throw new Error('list failed');
    const got = await run<AudiobooksApi['get']['output']>(
      { action: 'get', data: { bookId: list.body.data.books[0].id } },
      { ...s3.env, PUBLIC_URL: host.baseUrl },
    );
    if (!got.ok) throw new Error(JSON.stringify(got));
    const url = got.data.chapters[0].audioUrl;
    expect(url.startsWith(`${host.baseUrl}/media/books/`)).toBe(true);
    const head = await fetch(url, { headers: { range: 'bytes=0-2' } });
    expect(head.status).toBe(206);
    expect(Buffer.from(await head.arrayBuffer()).toString('latin1')).toBe('ID3');
  });

  it('keeps a mini-program upload under a neutral key in WeChat cloud storage when that is the store', async () => {
    const bookId = await newBook('只用云存储');
    const ref = miniProgramUpload('b2.mp3');
    const added = await run<AudiobooksApi['addChapter']['output']>(
      { action: 'addChapter', data: { bookId, title: '第一章', fileRef: ref } },
      { WX_FILE_ID_PREFIX: 'cloud://fake-env.fake-bucket' },
    );
    if (!added.ok) throw new Error(JSON.stringify(added));
    const key = /^cloud:\/\/fake-env\.fake-bucket\/(uploads\/[0-9a-f-]{36}\.mp3)$/.exec(
      added.data.chapter.audioUrl,
    )?.[1];
    expect(key).toBeDefined();
    expect(readFileSync(path.join(storage, key as string)).equals(DEMO_MP3)).toBe(true);
    const row = await host.deps.database.db
      .selectFrom('chapters')
      .select('audio_path')
      .where('book_id', '=', bookId)
      .executeTakeFirstOrThrow();
    expect(row.audio_path).toBe(key);
  });

  it('refuses a mini-program upload that is not there or not audio, in a sentence', async () => {
    const bookId = await newBook('坏文件');
    const missing = await run(
      {
        action: 'addChapter',
        data: { bookId, title: '第一章', fileRef: 'cloud://fake-env.fake-bucket/mp-uploads/none.mp3' },
      },
      s3.env,
    );
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/重新上传/) },
    });
    writeFileSync(path.join(storage, 'mp-uploads', 'text.mp3'), 'not audio at all, only words');
    const text = await run(
      {
        action: 'addChapter',
        data: { bookId, title: '第一章', fileRef: 'cloud://fake-env.fake-bucket/mp-uploads/text.mp3' },
      },
      s3.env,
    );
    expect(text).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers a wrong file store setting with a plain sentence, not a crash', async () => {
    const wrong = await run({ action: 'list' }, { FILE_STORE: 's3' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
    });
  });
});
