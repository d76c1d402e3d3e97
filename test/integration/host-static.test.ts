// The host serves the H5 app: real files, page routes fall back to the app shell, missing files are 404,
// and the shell allows zooming and says it is Chinese.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { rawGet } from '../support/api';
import { startHost, type TestHost } from '../support/start-host';

const h5Dir = path.resolve(__dirname, '../../dist/h5');

describe('H5 app serving', () => {
  let host: TestHost;
  beforeAll(async () => {
    if (!existsSync(path.join(h5Dir, 'index.html')))
      throw new Error('dist/h5 is missing: run `npm run build:h5` (npm test does it first).');
    host = await startHost({ engine: 'sqlite' });
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('serves the app shell at / and at every page route', async () => {
    for (const p of ['/', '/pages/mine/index', '/s?scene=b.1', '/subpackages/account/login/index']) {
      const res = await rawGet(host.baseUrl, p);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<html lang="zh-CN"');
      expect(res.text).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?[,"]/);
    }
  });

  it('answers 404 for a file that is not there, instead of the app shell', async () => {
    const res = await rawGet(host.baseUrl, '/js/no-such-chunk.123.js');
    expect(res.status).toBe(404);
    const api = await rawGet(host.baseUrl, '/api/account');
    expect(api.status).toBe(404);
  });

  it('answers /healthz once ready', async () => {
    const res = await rawGet(host.baseUrl, '/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ ok: true, data: { status: 'ok' } });
  });
});
