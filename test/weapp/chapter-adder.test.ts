// 添加一章 in a WeChat-only deployment (issue 16): the library's admin, in the compiled mini-program, picks an MP3 a
// colleague sent in a WeChat chat (wx.chooseMessageFile), it goes to cloud storage (wx.cloud.uploadFile, both faked
// at the phone's edge in weapp-app.ts), audiobooks.addChapter in the built cloud bundle takes its cloud:// id, and
// the chapter is listed and plays from its own cloud file id. Refusals (too big, not audio) are said in sentences.
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SCOPES } from '../../contracts/roles';
import { startWeapp, type Weapp } from '../support/weapp-app';
import { buildCloudBundles, FILE_ID_PREFIX, type CloudBundles } from '../support/weapp-cloud';
import { startDemoHost, type DemoHost } from '../support/weapp-host';

if (!process.env.TEST_DATABASE_URL)
  throw new Error(
    'the weapp page harness needs PostgreSQL: install it (the global setup starts one) or set TEST_DATABASE_URL',
  );

jest.setTimeout(120_000);

const DEMO_MP3 = path.resolve(__dirname, '../../backend/seed/demo-audio/party-history-stories-01.mp3');
const BOOK_TITLE = '小程序里添加章节的书';

let host: DemoHost;
let cloud: CloudBundles;
let weapp: Weapp;
/** The phone's own files: what the chats hold. */
let chats: string;
let bookId: number;
let adminOpenid: string;

/** A file in the elder's chats, as sent (its name) and kept on the phone. */
function chatFile(name: string, fill: (file: string) => void): { name: string; path: string } {
  const file = path.join(chats, `wxfile-${readdirSync(chats).length}${path.extname(name)}`);
  fill(file);
  return { name, path: file };
}

beforeAll(async () => {
  host = await startDemoHost();
  cloud = buildCloudBundles(host.databaseUrl, host.mediaDir);
  weapp = startWeapp(
    (name, event, openid) => cloud.call(name, event, openid),
    (url) => cloud.fileOfTempLink(url),
    cloud.storageDir,
  );
  chats = mkdtempSync(path.join(tmpdir(), 'sp-weapp-chats-'));
  // The library is the admin's (SCOPES.manageLibrary); a new book, made earlier on the computer, has no chapters.
  expect(SCOPES.manageLibrary).toEqual(['admin']);
  const [collection] = await host.select<{ id: number }>('collections', {});
  const created = await host.post<{ book: { id: number } }>('admin', 'audiobooks', {
    action: 'createBook',
    data: { collectionId: collection.id, title: BOOK_TITLE, author: '老干部局', description: '在手机上添加章节。' },
  });
  if (!created.ok) throw new Error(`createBook: ${JSON.stringify(created)}`);
  bookId = created.data.book.id;
  // The admin's WeChat: bound by an invitation (as a replaced phone is), redeemed through the account bundle.
  const [admin] = await host.select<{ id: number }>('people', { handle: 'admin' });
  const invited = await host.post<{ invite: { code: string } }>('admin', 'account', {
    action: 'createInvite',
    data: { personId: admin.id, lostPhone: true },
  });
  if (!invited.ok) throw new Error(`invite: ${JSON.stringify(invited)}`);
  adminOpenid = 'oWX-chapter-admin';
  expect(
    await cloud.call('account', { action: 'redeemInvite', data: { code: invited.data.invite.code } }, adminOpenid),
  ).toMatchObject({ ok: true });
});

afterAll(async () => {
  weapp?.closeAll();
  await weapp?.idle();
  await host?.stop();
  cloud?.remove();
  if (chats) rmSync(chats, { recursive: true, force: true });
});

afterEach(async () => {
  weapp.closeAll();
  await weapp.idle();
});

/** 有声书管理 → the new book, as the admin. */
async function openBook() {
  weapp.as(adminOpenid);
  weapp.errors.length = 0;
  const page = await weapp.launch('subpackages/library-admin/books/index');
  await page.waitForText(BOOK_TITLE);
  await page.tap(BOOK_TITLE);
  await page.waitForText('添加一章');
  return page;
}

describe('添加一章 in the mini-program', () => {
  it('refuses too big a file and a file that is not audio, each in a sentence, and adds nothing', async () => {
    const page = await openBook();
    // Bigger than the host's upload takes (sparse: no 100 MB written).
    weapp.phone.chatFiles = [
      chatFile('整本书.mp3', (f) => (writeFileSync(f, ''), truncateSync(f, 100 * 1024 * 1024 + 1))),
    ];
    await page.tap('从微信聊天里选音频');
    await page.waitForText('“整本书.mp3”有 100.0 MB，太大了。音频文件不能超过 100 MB。');
    expect(weapp.calls.filter((c) => c.api === 'cloud.uploadFile')).toHaveLength(0);

    // Named .mp3 but only words inside: the phone cannot tell, the cloud function reads the bytes and says so.
    weapp.phone.chatFiles = [chatFile('第一章.mp3', (f) => writeFileSync(f, '这不是声音，只是一段文字。'.repeat(20)))];
    await page.tap('从微信聊天里选音频');
    await page.waitForText('已选好：第一章.mp3');
    await page.type('第一章 初心', 0);
    await page.tap('上传并添加这一章');
    await page.waitForText('没有找到上传的音频，或者它不是能播放的 MP3、AAC、M4A 文件。请重新上传。');
    expect(await host.select('chapters', { book_id: bookId })).toEqual([]);
    expect(weapp.errors).toEqual([]);
  });

  it('picks an MP3 from a chat, adds it, lists it, and the player plays its cloud file id', async () => {
    const page = await openBook();
    await page.waitForText('这本书还没有章节');
    // A chat holds a spreadsheet and the MP3: the picker, asked for audio only, offers the MP3.
    weapp.phone.chatFiles = [
      chatFile('名册.xlsx', (f) => writeFileSync(f, 'PK')),
      chatFile('第一章 初心.mp3', (f) => copyFileSync(DEMO_MP3, f)),
    ];
    await page.tap('从微信聊天里选音频');
    await page.waitForText(/已选好：第一章 初心\.mp3（\d+ KB）/);
    const chose = weapp.calls.filter((c) => c.api === 'chooseMessageFile').pop();
    expect(chose?.options).toMatchObject({ count: 1, type: 'file', extension: ['mp3', 'm4a', 'aac'] });

    await page.type('第一章 初心', 0);
    await page.tap('上传并添加这一章');
    await page.waitForText('第 1 章 第一章 初心');
    await page.waitForText(/已添加第 1 章“第一章 初心”，长/);

    // Uploaded under a neutral path, handed over as a cloud:// id, then adopted under the server's own key.
    const upload = weapp.calls.filter((c) => c.api === 'cloud.uploadFile').pop();
    expect(String(upload?.options.cloudPath)).toMatch(/^audio-uploads\/[0-9a-z]+-[0-9a-z]{8}\.mp3$/);
    const add = weapp.calls.find(
      (c) =>
        c.api === 'cloud.callFunction' &&
        (c.options.data as { action?: string }).action === 'addChapter' &&
        (c.reply as { ok?: boolean } | undefined)?.ok,
    );
    expect((add?.options.data as { data: { fileRef: string } }).data.fileRef).toBe(
      `${FILE_ID_PREFIX}${String(upload?.options.cloudPath)}`,
    );
    expect(existsSync(path.join(cloud.storageDir, String(upload?.options.cloudPath)))).toBe(false);
    const [row] = await host.select<{ id: number; audio_path: string; duration: number }>('chapters', {
      book_id: bookId,
      seq: 1,
    });
    expect(row.audio_path).toMatch(/^uploads\/[0-9a-f-]{36}\.mp3$/);
    expect(row.duration).toBeGreaterThan(0);
    expect(readFileSync(path.join(cloud.storageDir, row.audio_path)).equals(readFileSync(DEMO_MP3))).toBe(true);
    expect(weapp.errors).toEqual([]);

    // A listener opens the book: the new chapter plays from its own cloud file id.
    const player = await weapp.launch('subpackages/player/index', {
      bookId: String(bookId),
      chapterId: String(row.id),
      autoplay: '1',
    });
    await player.waitForText('第一章 初心');
    await player.waitForText('正在播放');
    expect(weapp.audio.src).toBe(`${FILE_ID_PREFIX}${row.audio_path}`);
    expect(weapp.audio.playing).toBe(true);
    expect(weapp.errors).toEqual([]);
  });
});
