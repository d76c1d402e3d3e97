// Suite `scan-to-audio`: a book's QR URL opened in headless Chromium on a weak 3G-like link (750 kbps down,
// 250 kbps up, 100 ms latency, cache off), 开始收听 tapped the moment it shows; time from navigation start to
// the <audio> element's `playing` event. Also checks the audio is served for streaming (Range, ETag, caching)
// and that sound started before the whole file had arrived. The floor (scan-floor.mjs: a ~1 KB page, one JSON call,
// the same MP3 with Range) is measured in the same run on the same line, each of its runs beside one of the host's.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureHostBundle, seededDataDir, spawnHost } from './host.mjs';
import { freePort, postJson, waitFor200 } from './net.mjs';
import { stopChild } from './processes.mjs';
import { startScanFloor } from './scan-floor.mjs';
import { ensureBuilt } from './front-end-builds.mjs';
import { median, round } from './stats.mjs';

const RUNS = 5;
/** Issue 19: sound within 1.5 s of the scan on this line (the floor was 1.11 s). */
const TARGET_MS = 1500;
const NETWORK = {
  offline: false,
  latency: 100,
  downloadThroughput: (750 * 1000) / 8,
  uploadThroughput: (250 * 1000) / 8,
};
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same flags as the browser test suites (test/support/browser.ts).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PHONE = {
  viewport: { width: 390, height: 844 },
  locale: 'zh-CN',
  deviceScaleFactor: 1,
  hasTouch: true,
  isMobile: true,
};

/** @typedef {import('./context.mjs').BenchContext} BenchContext */

// In the page, from navigation start: when 开始收听 appeared and when the audio first played.
const PAGE_CLOCKS = () => {
  const w = /** @type {any} */ (window);
  w.__bench = { buttonAt: null, playingAt: null };
  document.addEventListener('playing', () => (w.__bench.playingAt ??= performance.now()), true);
  const seen = () => {
    if (w.__bench.buttonAt !== null) return;
    const buttons = document.querySelectorAll('[role="button"], button');
    for (const b of buttons) {
      if (b.textContent?.includes('开始收听') && b.getBoundingClientRect().height > 0) {
        w.__bench.buttonAt = performance.now();
        return;
      }
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
};

/**
 * One scan: fresh browser context (a first-time visitor), throttled, cache off.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
async function oneRun(browser, url) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await page.addInitScript(PAGE_CLOCKS);

    /** @type {Map<string, { url: string, sentAt: number, firstByteAt?: number, finishedAt?: number, status?: number, headers?: Record<string, string> }>} */
    const audio = new Map();
    let documentAt = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.type === 'Document' && !documentAt) documentAt = e.timestamp;
      if (e.request.url.includes('/media/books/')) audio.set(e.requestId, { url: e.request.url, sentAt: e.timestamp });
    });
    cdp.on('Network.responseReceived', (e) => {
      const a = audio.get(e.requestId);
      if (a)
        Object.assign(a, {
          status: e.response.status,
          headers: Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)])),
        });
    });
    cdp.on('Network.dataReceived', (e) => {
      const a = audio.get(e.requestId);
      if (a && a.firstByteAt === undefined) a.firstByteAt = e.timestamp;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const a = audio.get(e.requestId);
      if (a) a.finishedAt = e.timestamp;
    });

    await page.goto(url, { waitUntil: 'commit' });
    const button = page.getByRole('button', { name: '开始收听' });
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    await button.click();
    await page.waitForFunction(() => /** @type {any} */ (window).__bench.playingAt !== null, null, {
      timeout: 30_000,
      polling: 50,
    });
    const clocks = await page.evaluate(() => /** @type {any} */ (window).__bench);
    const first = [...audio.values()][0];
    const rel = (/** @type {number | undefined} */ t) =>
      t === undefined || !documentAt ? null : round((t - documentAt) * 1000);
    return {
      playingMs: round(clocks.playingAt),
      buttonVisibleMs: round(clocks.buttonAt ?? NaN),
      audio: first
        ? {
            status: first.status ?? null,
            acceptRanges: first.headers?.['accept-ranges'] ?? null,
            etag: first.headers?.etag ?? null,
            cacheControl: first.headers?.['cache-control'] ?? null,
            contentRange: first.headers?.['content-range'] ?? null,
            requestedMs: rel(first.sentAt),
            firstByteMs: rel(first.firstByteAt),
            // null: the file was still arriving when the measurement ended.
            wholeFileMs: rel(first.finishedAt),
          }
        : null,
    };
  } finally {
    await context.close();
  }
}

export default {
  description: `scan URL → audio 'playing' in headless Chromium, 750 kbps / 100 ms, cache off, ${RUNS} runs`,
  /** @param {BenchContext} ctx */
  async run(ctx) {
    if (!existsSync(CHROMIUM_PATH))
      throw new Error(`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium fonts-noto-cjk)`);
    await ensureBuilt(ctx, 'h5');
    await ensureHostBundle(ctx);
    const dataDir = await seededDataDir(ctx);
    const host = spawnHost(ctx, { port: await freePort(), dataDir });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    /** @type {Awaited<ReturnType<typeof startScanFloor>> | null} */
    let floor = null;
    try {
      await waitFor200(`${host.url}/healthz`, { child: host.child, stderr: host.stderr });
      const list = await postJson(`${host.url}/api/audiobooks`, { action: 'list' });
      const bookId = list.json.data.books[0].id;
      // Codes are made by those who print posters: the demo's admin.
      const admin = await postJson(`${host.url}/api/account`, { action: 'devLogin', data: { handle: 'admin' } });
      const made = await postJson(
        `${host.url}/api/qrcode`,
        { action: 'create', data: { type: 'book', id: bookId } },
        { authorization: `Bearer ${admin.json.data.token}` },
      );
      if (!made.json.ok) throw new Error(`qrcode.create: ${JSON.stringify(made.json)}`);
      // The QR encodes PUBLIC_URL (localhost by default); the bench opens the same path on its loopback host.
      const qrUrl = new URL(made.json.data.url);
      const url = `${host.url}${qrUrl.pathname}${qrUrl.search}`;

      floor = await startScanFloor(host.url);
      const floorUrl = `${floor.url}${qrUrl.pathname}${qrUrl.search}`;

      const runs = [];
      const floorRuns = [];
      for (let i = 0; i < RUNS; i += 1) {
        const r = await oneRun(browser, url);
        runs.push(r);
        const f = await oneRun(browser, floorUrl);
        floorRuns.push(f);
        ctx.log(
          `scan-to-audio: run ${i + 1}/${RUNS}: playing at ${r.playingMs} ms (button at ${r.buttonVisibleMs} ms); floor ${f.playingMs} ms`,
        );
      }
      const floorMs = median(floorRuns.map((f) => f.playingMs));
      const playing = runs.map((r) => r.playingMs);
      const button = runs.map((r) => r.buttonVisibleMs);
      const audio = runs.map((r) => r.audio);
      const medianMs = median(playing);
      return {
        url: `${qrUrl.pathname}${qrUrl.search}`,
        network: { downKbps: 750, upKbps: 250, latencyMs: 100, cacheDisabled: true },
        runs: RUNS,
        medianMs: round(medianMs),
        minMs: round(Math.min(...playing)),
        maxMs: round(Math.max(...playing)),
        samplesMs: playing,
        buttonVisible: {
          medianMs: round(median(button)),
          minMs: round(Math.min(...button)),
          maxMs: round(Math.max(...button)),
          samplesMs: button,
        },
        audioHeaders: audio[0] && {
          status: audio[0].status,
          acceptRanges: audio[0].acceptRanges,
          etag: audio[0].etag,
          cacheControl: audio[0].cacheControl,
          contentRange: audio[0].contentRange,
        },
        servedForStreaming: audio.every(
          (a) => a !== null && a.acceptRanges === 'bytes' && !!a.etag && !!a.cacheControl,
        ),
        // Sound started before the whole file had arrived (or the reply was a partial 206 range).
        firstByteBeforeWholeFile: runs.every(
          (r) =>
            r.audio !== null &&
            r.audio.firstByteMs !== null &&
            (r.audio.wholeFileMs === null || r.audio.wholeFileMs > r.playingMs),
        ),
        audioTimingsMs: audio,
        floor: {
          what: `a ${floor.pageBytesGzipped} B gzipped page, one JSON call (qrcode.resolve), the same MP3 with Range`,
          medianMs: round(floorMs),
          samplesMs: floorRuns.map((f) => f.playingMs),
        },
        /** The host's median over the floor's, same run. */
        overFloor: round(medianMs / floorMs, 2),
        targetMs: TARGET_MS,
        pass: medianMs <= TARGET_MS,
      };
    } finally {
      await floor?.close();
      await browser.close();
      const stop = await stopChild(host.child, { graceMs: 10_000 });
      if (stop.forced) ctx.log('scan-to-audio: the host did not exit on SIGTERM within 10 s (killed)');
    }
  },
  /** @param {any} r */
  rows(r) {
    return [
      {
        label: 'scan → audio playing (median)',
        value: `${r.medianMs} ms (min ${r.minMs}, max ${r.maxMs}, n=${r.runs})`,
        target: `≤ ${r.targetMs} ms`,
        pass: r.pass,
      },
      { label: 'floor, same run (median)', value: `${r.floor.medianMs} ms (${r.floor.what})` },
      { label: 'scan → playing over the floor', value: `${r.overFloor}×` },
      { label: 'scan → 开始收听 visible (median)', value: `${r.buttonVisible.medianMs} ms` },
      {
        label: 'audio: Accept-Ranges, ETag, Cache-Control',
        value: r.servedForStreaming ? 'all present' : 'MISSING',
        pass: r.servedForStreaming,
      },
      {
        label: 'audio: sound before whole file',
        value: r.firstByteBeforeWholeFile ? 'yes' : 'no',
        pass: r.firstByteBeforeWholeFile,
      },
    ];
  },
};
