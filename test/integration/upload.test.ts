// An admin uploads a chapter's audio: type and size are judged before anything is kept; duration comes from the file.
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { login, post } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';
import type { AudiobooksApi } from '../../contracts/audiobooks';

const demoAudio = path.resolve(__dirname, '../../backend/seed/demo-audio');

describe('audio upload (host, SQLite)', () => {
  let host: TestHost;
  let admin: string;
  beforeAll(async () => {
    host = await startHost({ engine: 'sqlite' });
    admin = await login(host.baseUrl, 'admin');
  });
  afterAll(async () => {
    await host?.stop();
  });

  const upload = async (token: string, bytes: Uint8Array, name: string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(bytes)], { type }), name);
    const res = await fetch(`${host.baseUrl}/upload/audio`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        ok: boolean;
        data?: { fileRef: string; duration: number; mime: string };
        error?: { code: string; message: string };
      },
    };
  };
  const storedUploads = () => {
    try {
      return readdirSync(path.join(host.mediaDir, 'uploads'));
    } catch {
      return [];
    }
  };

  it('accepts an MP3, reads its length, and adds it as a chapter', async () => {
    const mp3 = readFileSync(path.join(demoAudio, readdirSync(demoAudio).find((f) => f.endsWith('.mp3')) as string));
    const up = await upload(admin, mp3, '第一章.mp3', 'audio/mpeg');
    expect(up.status).toBe(200);
    expect(up.body.data?.mime).toBe('audio/mpeg');
    expect(up.body.data?.duration).toBeGreaterThan(10);

    const created = await post<AudiobooksApi['createBook']['output']>(
      host.baseUrl,
      'audiobooks',
      {
        action: 'createBook',
        data: { collectionId: 1, title: '上传测试书', author: '测试', description: '用来测试上传。' },
      },
      admin,
    );
    if (!created.body.ok) throw new Error(JSON.stringify(created.body));
    const added = await post<AudiobooksApi['addChapter']['output']>(
      host.baseUrl,
      'audiobooks',
      {
        action: 'addChapter',
        data: {
          bookId: created.body.data.book.id,
          title: '第一章',
          fileRef: up.body.data?.fileRef,
          transcript: '文字稿',
        },
      },
      admin,
    );
    expect(added.body).toMatchObject({ ok: true, data: { chapter: { seq: 1, duration: up.body.data?.duration } } });
    const audio = await fetch(new URL(added.body.ok ? added.body.data.chapter.audioUrl : '', host.baseUrl));
    expect(audio.status).toBe(200);
  });

  it('refuses a file that is not audio, whatever its name says, and keeps nothing', async () => {
    const before = storedUploads().length;
    const up = await upload(
      admin,
      new TextEncoder().encode('<html>not audio at all</html>'.repeat(20)),
      '假的.mp3',
      'audio/mpeg',
    );
    expect(up.status).toBe(400);
    expect(up.body.error?.message).toMatch(/MP3/);
    expect(storedUploads().length).toBe(before);
  });

  it('refuses a declared size over 100 MB before reading the body', async () => {
    const url = new URL(host.baseUrl);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST /upload/audio HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${admin}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n--b\r\n`,
        );
      });
      let text = '';
      socket.on('data', (c) => {
        text += c.toString();
        if (text.includes('}')) {
          socket.destroy();
          resolve(text);
        }
      });
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
    expect(reply).toContain('PAYLOAD_TOO_LARGE');
  });

  it('lets only admins upload', async () => {
    const member = await login(host.baseUrl, 'member1');
    expect((await upload(member, new Uint8Array([0x49, 0x44, 0x33, 0, 0, 0]), 'a.mp3', 'audio/mpeg')).status).toBe(403);
    expect((await upload('', new Uint8Array([0x49, 0x44, 0x33]), 'a.mp3', 'audio/mpeg')).status).toBe(401);
  });

  it('refuses addChapter with a file that was never uploaded', async () => {
    const r = await post(
      host.baseUrl,
      'audiobooks',
      {
        action: 'addChapter',
        data: { bookId: 1, title: '第九章', fileRef: 'uploads/00000000-0000-0000-0000-000000000000.mp3' },
      },
      admin,
    );
    expect(r.status).toBe(400);
    const traversal = await post(
      host.baseUrl,
      'audiobooks',
      { action: 'addChapter', data: { bookId: 1, title: '第九章', fileRef: '../../etc/passwd' } },
      admin,
    );
    expect(traversal.status).toBe(400);
  });
});
