// GET /s for a book's or a chapter's code (issue 19): a page of a few KB with the resolved book in it and its own
// small script (src/features/audiobooks/lean/scan-landing.ts), so the sound can start on a weak line without first
// fetching the whole app; the app loads into the page once the sound plays. Every other code, and a book the
// signed-out resolve cannot open, gets the app's own page as before. The script is inline, allowed by its hash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PAGES } from '../../contracts/pages';
import type { ResolvedScene } from '../../contracts/qrcode';
import { LEAN_DATA_ID, LEAN_ROOT_ID, type LeanLandingData } from '../../contracts/scan-landing';
import type { Deps } from '../../backend/runtime/deps';
import { functionsByName } from './function-registry';
import { pageSecurityPolicy } from './security-headers';

/** The scan page's short path (backend/scan/scan-page.ts SCAN_PATH). */
export const SCAN_PATH = '/s';
/** Where scripts/build-lean-landing.mjs writes the landing's files inside the H5 build. */
const LEAN_DIR = 'lean';

interface LeanAssets {
  script: string;
  css: string;
  /** The page's Content-Security-Policy: the app's, with this script's hash allowed. */
  policy: string;
  app: LeanLandingData['app'];
}

/** The app's files as its index.html lists them (webpack names them by content hash). */
export function appFilesOf(indexHtml: string): LeanLandingData['app'] {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1];
  const scripts = [...indexHtml.matchAll(/<script\b[^>]*>/g)].flatMap((m) => attr(m[0], 'src') ?? []);
  const styles = [...indexHtml.matchAll(/<link\b[^>]*>/g)]
    .filter((m) => /\srel=["']?stylesheet/.test(m[0]))
    .flatMap((m) => attr(m[0], 'href') ?? []);
  return { scripts, styles };
}

function loadAssets(h5Dir: string): LeanAssets | null {
  const file = (name: string) => path.join(h5Dir, LEAN_DIR, name);
  const index = path.join(h5Dir, 'index.html');
  if (![file('scan-landing.js'), file('scan-landing.css'), index].every((f) => existsSync(f))) return null;
  const script = readFileSync(file('scan-landing.js'), 'utf8');
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  return {
    script,
    css: readFileSync(file('scan-landing.css'), 'utf8'),
    policy: pageSecurityPolicy([`'sha256-${hash}'`]),
    app: appFilesOf(readFileSync(index, 'utf8')),
  };
}

/** JSON inside <script type="application/json">: nothing in it may close the element or open a comment. */
const inert = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function leanPage(assets: LeanAssets, data: LeanLandingData): string {
  return (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">' +
    // Zoom stays allowed, as in the app's page: many of our readers need to pinch to read.
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<meta name="format-detection" content="telephone=no,address=no"><meta name="theme-color" content="#A3140F">' +
    `<title>银发先锋</title><style>${assets.css}</style></head><body>` +
    `<div id="${LEAN_ROOT_ID}" class="taro_page"></div><div id="app"></div>` +
    `<script type="application/json" id="${LEAN_DATA_ID}">${inert(JSON.stringify(data))}</script>` +
    `<script>${assets.script}</script></body></html>`
  );
}

/** A book's or a chapter's code with something to play, as a signed-out caller resolves it; else null. */
async function listenScene(deps: Deps, req: FastifyRequest<{ Querystring: { scene?: unknown } }>) {
  const scene = typeof req.query.scene === 'string' ? req.query.scene.trim() : '';
  const qrcode = functionsByName.get('qrcode');
  if (!scene || !qrcode) return null;
  const envelope = await qrcode.handle(
    { action: 'resolve', data: { scene } },
    { source: 'host', token: null, ip: req.ip },
    deps,
    String(req.id),
  );
  if (!envelope.ok) return null;
  const resolved = envelope.data as ResolvedScene;
  if ((resolved.type !== 'book' && resolved.type !== 'chapter') || !resolved.available) return null;
  return resolved.chapters.length > 0 ? resolved : null;
}

/**
 * `appPage` answers as the app would (its index.html). The landing's files are read once, at start; a host started
 * before the H5 build (or with an older one) serves the app's page for every code.
 */
export function registerScanLandingRoute(
  app: FastifyInstance,
  deps: Deps,
  h5Dir: string,
  appPage: (reply: FastifyReply) => FastifyReply,
): void {
  const assets = loadAssets(h5Dir);
  if (!assets) return;
  app.get<{ Querystring: { scene?: unknown } }>(SCAN_PATH, async (req, reply) => {
    const resolved = await listenScene(deps, req);
    if (!resolved) return appPage(reply);
    const data: LeanLandingData = {
      book: resolved.book,
      chapters: resolved.chapters.map(({ transcript: _transcript, ...chapter }) => chapter),
      ...(resolved.type === 'chapter' ? { chapterId: resolved.chapterId } : {}),
      playerPath: PAGES.player.index,
      homePath: PAGES.tab.home,
      app: assets.app,
    };
    const html = Buffer.from(leanPage(assets, data), 'utf8');
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    reply
      .header('content-security-policy', assets.policy)
      // The page holds this moment's book: asked again on every visit, never kept by a proxy for another listener.
      .header('cache-control', 'no-store')
      .header('vary', 'accept-encoding')
      .type('text/html; charset=utf-8');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? gzipSync(html) : html);
  });
}
