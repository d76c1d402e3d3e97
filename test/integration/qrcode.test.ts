// QR round trip: the app makes a PNG, a QR decoder reads it like a phone camera would, the scene resolves to
// the right book. Forged or foreign scenes get a plain sentence.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { availableEngines } from '../support/engines';
import { login, post } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import type { ListenScene, QrcodeApi } from '../../contracts/qrcode';

describe.each(availableEngines())('QR codes on %s', (engine) => {
  let host: TestHost;
  let books: AudiobooksApi['list']['output']['books'];
  let admin: string;
  beforeAll(async () => {
    host = await startHost({ engine });
    admin = await login(host.baseUrl, 'admin');
    const list = await post<AudiobooksApi['list']['output']>(host.baseUrl, 'audiobooks', { action: 'list' });
    if (!list.body.ok) throw new Error('list failed');
    books = list.body.data.books;
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('makes a PNG that decodes to the scan URL of the right book', async () => {
    const book = books[1];
    const made = await post<QrcodeApi['create']['output']>(
      host.baseUrl,
      'qrcode',
      { action: 'create', data: { type: 'book', id: book.id } },
      admin,
    );
    if (!made.body.ok) throw new Error(JSON.stringify(made.body));
    const { scene, url, image } = made.body.data;
    expect(made.body.data).toMatchObject({ type: 'book', id: book.id });
    expect(made.body.data.expiresAt).toBeUndefined();
    expect(scene.length).toBeLessThanOrEqual(32);
    expect(scene).toMatch(/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/);

    const png = await fetch(new URL(image, host.baseUrl));
    expect(png.headers.get('content-type')).toBe('image/png');
    const decoded = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    const read = jsQR(new Uint8ClampedArray(decoded.data), decoded.width, decoded.height);
    expect(read?.data).toBe(url);

    const sceneFromUrl = new URL(read?.data as string).searchParams.get('scene');
    expect(sceneFromUrl).toBe(scene);
    const resolved = await post<ListenScene>(host.baseUrl, 'qrcode', {
      action: 'resolve',
      data: { scene: sceneFromUrl },
    });
    expect(resolved.body).toMatchObject({
      ok: true,
      data: { type: 'book', available: true, id: book.id, bookId: book.id, title: book.title, book: { id: book.id } },
    });
    // The scan page gets what it needs to play in the same answer.
    expect(resolved.body.ok && resolved.body.data.chapters.map((c) => c.seq)).toEqual([1, 2, 3]);

    // Made once and stored: asking again gives the same code without making a new image.
    const again = await post<QrcodeApi['create']['output']>(
      host.baseUrl,
      'qrcode',
      { action: 'create', data: { type: 'book', id: book.id } },
      admin,
    );
    expect(again.body).toEqual(made.body);
  });

  it('resolves a chapter scene to its book and chapter', async () => {
    const got = await post<AudiobooksApi['get']['output']>(host.baseUrl, 'audiobooks', {
      action: 'get',
      data: { bookId: books[0].id },
    });
    if (!got.body.ok) throw new Error('get failed');
    const chapter = got.body.data.chapters[2];
    const made = await post<QrcodeApi['create']['output']>(
      host.baseUrl,
      'qrcode',
      { action: 'create', data: { type: 'chapter', id: chapter.id } },
      admin,
    );
    if (!made.body.ok) throw new Error('create failed');
    const resolved = await post<QrcodeApi['resolve']['output']>(host.baseUrl, 'qrcode', {
      action: 'resolve',
      data: { scene: made.body.data.scene },
    });
    expect(resolved.body).toMatchObject({
      ok: true,
      data: { type: 'chapter', id: chapter.id, bookId: books[0].id, chapterId: chapter.id },
    });
  });

  it('refuses unknown, altered and foreign scenes with a plain sentence', async () => {
    for (const scene of [
      'b.zzzzzz',
      'x.1',
      'k.1.abc.AAAAAAAAAAA',
      '<script>',
      'https://example.com/a',
      '',
      '%E4%B8%AD',
    ]) {
      const r = await post(host.baseUrl, 'qrcode', { action: 'resolve', data: { scene } });
      expect(r.status).toBe(400);
      expect(!r.body.ok && r.body.error).toMatchObject({
        code: 'QR_INVALID',
        message: expect.stringMatching(/二维码/),
      });
    }
    const nope = await post(host.baseUrl, 'qrcode', { action: 'create', data: { type: 'book', id: 987654 } }, admin);
    expect(nope.status).toBe(404);
    // Only what can be scanned gets a code (an invitation's type is `invitation`: scan-scenes.test.ts).
    for (const type of ['invite', 'person', 'notice']) {
      const wrongType = await post(host.baseUrl, 'qrcode', { action: 'create', data: { type, id: 1 } }, admin);
      expect(wrongType.status).toBe(400);
      expect(!wrongType.body.ok && wrongType.body.error.message).toBe('不能为这种内容生成二维码。');
    }
  });
});
