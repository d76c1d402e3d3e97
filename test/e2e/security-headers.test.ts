// The H5 app under the host's Content-Security-Policy, in Chromium: the screens a listener and an admin use draw,
// play sound, show QR posters and read a photo for 扫一扫 without a single policy violation — and a page on another
// origin cannot put the app in a frame.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { AudiobooksApi } from '../../contracts/audiobooks';
import type { QrcodeApi } from '../../contracts/qrcode';
import { dataOf, login, post } from '../support/api';
import { describeInBrowser } from '../support/browser';
import { hostAndBrowser } from './helpers/host-and-browser';
import { CURRENT_PAGE, loginViaForm, openScreen } from './helpers/app';
import { startFromScan, waitUntilHeard, audioState } from './helpers/player';

jest.setTimeout(90_000);

interface WatchedPage {
  page: Page;
  /** Every violation the page reported (the DOM event) or Chromium logged, in order. */
  violations: string[];
  /** The Content-Security-Policy of every document the page loaded, so "no violation" is never vacuous. */
  policies: string[];
}

/** Asks again every 100 ms (up to 10 s) until `good`; answers with the last value. */
async function until<T>(ask: () => T | Promise<T>, good: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await ask();
  while (!good(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await ask();
  }
  return value;
}

describeInBrowser('Content-Security-Policy and framing (H5)', () => {
  const app = hostAndBrowser();
  let books: AudiobooksApi['list']['output']['books'];

  beforeAll(async () => {
    ({ books } = await dataOf(
      post<AudiobooksApi['list']['output']>(app.host.baseUrl, 'audiobooks', { action: 'list' }),
    ));
  });

  async function watchedPage(): Promise<WatchedPage> {
    const page = await app.phone();
    const violations: string[] = [];
    await page.exposeBinding('__cspViolation', (_source, text: string) => {
      violations.push(text);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
        void report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const policies: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document')
        policies.push(response.headers()['content-security-policy'] ?? '(none)');
    });
    return { page, violations, policies };
  }

  async function scanUrl(bookId: number): Promise<string> {
    const made = await dataOf(
      post<QrcodeApi['create']['output']>(
        app.host.baseUrl,
        'qrcode',
        { action: 'create', data: { type: 'book', id: bookId } },
        await login(app.host.baseUrl, 'admin'),
      ),
    );
    return made.url;
  }

  it('reports a violation when something breaks the policy (the watch works)', async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${app.host.baseUrl}/pages/home/index`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.appendChild(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(
      await until(
        () => violations.join('\n'),
        (text) => text !== '',
      ),
    ).toMatch(/script-src/);
  });

  // The lean scan landing's page (a book's code) allows its one inline script by hash; nothing ever allows any inline.
  function expectPolicyEverywhere(policies: string[]): void {
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')?;.*frame-ancestors 'none'/);
      expect(/script-src ([^;]*)/.exec(policy)?.[1]).not.toMatch(/unsafe/);
    }
  }

  it('a listener: home, the library and a book playing — no violation', async () => {
    const { page, violations, policies } = await watchedPage();
    await openScreen(page, app.host.baseUrl, '/pages/home/index', '首页');
    await openScreen(page, app.host.baseUrl, '/pages/books/index', '听书');
    await page.locator(CURRENT_PAGE).getByText(books[0].title).first().waitFor();

    // The player from a book's QR link: /media audio, fetched by Range, really playing.
    await startFromScan(page, await scanUrl(books[0].id));
    const playing = await audioState(page);
    await waitUntilHeard(page, playing.currentTime + 2);
    expect((await audioState(page)).paused).toBe(false);
    expectPolicyEverywhere(policies);
    expect(violations).toEqual([]);
  });

  it('the lean scan landing: its own script runs by its hash, any other inline script is refused', async () => {
    const { page, violations, policies } = await watchedPage();
    const response = await page.goto(await scanUrl(books[0].id));
    await page.locator('#sp-lean').getByRole('button', { name: '开始收听' }).waitFor();
    const script = await page.locator('script:not([type]):not([src])').first().textContent();
    const hash = createHash('sha256')
      .update(script ?? '', 'utf8')
      .digest('base64');
    expect(response?.headers()['content-security-policy']).toContain(`script-src 'self' 'sha256-${hash}';`);
    const ran = await page.evaluate(() => {
      const other = document.createElement('script');
      other.textContent = 'window.__inlineRan = true';
      document.body.appendChild(other);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(
      await until(
        () => violations.join('\n'),
        (text) => text !== '',
      ),
    ).toMatch(/script-src/);
    expectPolicyEverywhere(policies);
    // The other headers every page carries.
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('an admin: the QR poster, managing books and 扫一扫 by photo — no violation', async () => {
    const { page, violations, policies } = await watchedPage();
    await loginViaForm(page, app.host.baseUrl, 'admin');

    await openScreen(page, app.host.baseUrl, '/subpackages/library-admin/poster/index', '打印听书海报');
    await page.waitForFunction((sel) => {
      const imgs = Array.from(document.querySelectorAll<HTMLImageElement>(sel));
      return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0);
    }, `${CURRENT_PAGE} .poster-card__qr img`);

    await openScreen(page, app.host.baseUrl, '/subpackages/library-admin/books/index', '有声书管理');

    // 扫一扫: headless Chromium has no camera, so the photo path runs — the photo is read through a blob: URL.
    const book = books[1];
    const qr = await dataOf(
      post<QrcodeApi['create']['output']>(
        app.host.baseUrl,
        'qrcode',
        { action: 'create', data: { type: 'book', id: book.id } },
        await login(app.host.baseUrl, 'admin'),
      ),
    );
    const png = Buffer.from(await (await fetch(new URL(qr.image, app.host.baseUrl))).arrayBuffer());
    await openScreen(page, app.host.baseUrl, '/pages/home/index', '首页');
    await page.locator(CURRENT_PAGE).getByRole('button', { name: '扫一扫' }).click();
    await page.waitForURL('**/subpackages/scanner/index');
    await page.locator(CURRENT_PAGE).locator('.scanner__notice').waitFor();
    await page
      .locator(CURRENT_PAGE)
      .locator('input[type="file"]')
      .setInputFiles({ name: '二维码.png', mimeType: 'image/png', buffer: png });
    await page.waitForURL(
      (url) => new URL(url).searchParams.get('scene') === qr.scene && !url.pathname.includes('/subpackages/scanner/'),
    );
    await page.locator(CURRENT_PAGE).getByRole('button', { name: '开始收听' }).waitFor();

    expectPolicyEverywhere(policies);
    expect(violations).toEqual([]);
  });

  describe('framing', () => {
    let other: Server;
    let otherUrl: string;
    beforeAll(async () => {
      // Another origin (localhost, not 127.0.0.1, and another port) whose page frames the app — and, as a
      // control, a page of its own.
      other = createServer((req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        if (req.url === '/own') return res.end('<!doctype html><title>own</title><p id="own">mine</p>');
        const src = req.url === '/control' ? '/own' : `${app.host.baseUrl}/pages/home/index`;
        res.end(`<!doctype html><title>framer</title><iframe id="f" src="${src}" width="390" height="600"></iframe>`);
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherUrl = `http://localhost:${(other.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise((resolve) => other.close(resolve));
    });

    async function framedDocumentHas(page: Page, selector: string): Promise<boolean> {
      const frame = page.frames().find((f) => f !== page.mainFrame());
      if (!frame) return false;
      await frame.waitForLoadState('load').catch(() => {});
      return frame.evaluate((sel) => document.querySelector(sel) !== null, selector).catch(() => false);
    }

    it('a frame the other site owns loads (the check can see a framed page)', async () => {
      const { page } = await watchedPage();
      await page.goto(`${otherUrl}/control`);
      expect(await until(() => framedDocumentHas(page, '#own'), Boolean)).toBe(true);
    });

    it('the app refuses to be framed by another origin', async () => {
      const { page, violations } = await watchedPage();
      const appResponse = page.waitForResponse((r) => r.url().startsWith(`${app.host.baseUrl}/pages/home/index`));
      await page.goto(`${otherUrl}/`);
      const response = await appResponse;
      expect(response.headers()['x-frame-options']).toBe('DENY');
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(
        await until(
          () => violations.join('\n'),
          (text) => /frame-ancestors/.test(text),
        ),
      ).toMatch(/frame-ancestors/);
      // Give the frame time to draw the app if it were allowed to; it must not have.
      await page.waitForTimeout(1000);
      expect(await framedDocumentHas(page, '#app')).toBe(false);
      expect(await framedDocumentHas(page, '.taro_page')).toBe(false);
    });
  });
});
