// Suite `bundles`: weapp main-package bytes and H5 initial JS (raw and gzip -9).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt } from './front-end-builds.mjs';

const WEAPP_MAIN_TARGET = Math.floor(1.2 * 1024 * 1024); // 1.2 MiB; WeChat's own 2 MB limit is also binary (2048 KB).
const H5_GZIP_TARGET = 250 * 1024; // 250 KiB

/** @typedef {import('./context.mjs').BenchContext} BenchContext */

/**
 * All files under dir, as paths relative to it with forward slashes.
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, rel) : entry.isFile() ? [rel] : [];
  });
}

/** @param {string} dir */
function weappSizes(dir) {
  const appJson = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8'));
  const subs = /** @type {{ root: string }[]} */ (appJson.subPackages ?? appJson.subpackages ?? []);
  const roots = subs.map((s) => s.root.replace(/^\/+|\/+$/g, ''));
  const files = listFiles(dir).filter((f) => !f.endsWith('.map'));
  /** @type {Record<string, number>} */
  const subpackageBytes = Object.fromEntries(roots.map((r) => [r, 0]));
  let mainBytes = 0;
  let mainFiles = 0;
  /** @type {{ file: string, bytes: number }[]} */
  const main = [];
  for (const file of files) {
    const bytes = statSync(path.join(dir, file)).size;
    const root = roots.find((r) => file === r || file.startsWith(`${r}/`));
    if (root !== undefined) {
      subpackageBytes[root] += bytes;
    } else {
      mainBytes += bytes;
      mainFiles += 1;
      main.push({ file, bytes });
    }
  }
  main.sort((a, b) => b.bytes - a.bytes);
  return {
    mainBytes,
    mainFiles,
    largestMainFiles: main.slice(0, 5),
    subpackageBytes,
    targetBytes: WEAPP_MAIN_TARGET,
    targetNote: '1.2 MiB = floor(1.2*1024*1024) bytes; *.map excluded; subpackage roots from app.json',
    pass: mainBytes <= WEAPP_MAIN_TARGET,
  };
}

/**
 * The webpack chunk ids the first route loads: Taro's H5 entry lists routes as
 * `{"path":"pages/home/index","load":function(){return[s.e(726).then(…)…]}}`; the first is the start page.
 * @param {string} entrySource
 */
function firstRouteChunkIds(entrySource) {
  const start = entrySource.search(/\{"path":"[^"]+","load":function/);
  if (start < 0) return { page: null, ids: [] };
  const page = /\{"path":"([^"]+)"/.exec(entrySource.slice(start))?.[1] ?? null;
  const next = entrySource.indexOf('{"path":"', start + 1);
  const body = entrySource.slice(start, next < 0 ? start + 2000 : next);
  const ids = [...body.matchAll(/\b[\w$]+\.e\((\d+)\)/g)].map((m) => m[1]);
  return { page, ids: [...new Set(ids)] };
}

/** @param {string} dir */
function h5Sizes(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  /** @type {string[]} */
  const srcs = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag[0])?.[1];
    if (src) srcs.push(src);
  }
  for (const tag of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel\s*=\s*["']?(modulepreload|preload)/i.test(tag[0]) && /\bas\s*=\s*["']?script/i.test(tag[0])) {
      const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag[0])?.[1];
      if (href) srcs.push(href);
    }
  }
  /** @type {string[]} */
  const external = [];
  /** @type {{ file: string, role: string, bytes: number, gzipBytes: number }[]} */
  const files = [];
  const measure = (/** @type {string} */ file, /** @type {string} */ role) => {
    const buf = readFileSync(path.join(dir, file));
    files.push({ file, role, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length });
    return buf;
  };
  let entrySource = '';
  for (const src of new Set(srcs)) {
    if (/^(https?:)?\/\//i.test(src)) {
      external.push(src);
      continue;
    }
    const file = src.replace(/[?#].*$/, '').replace(/^\.?\//, '');
    entrySource += measure(file, 'entry').toString('utf8');
  }
  // The start page's lazy chunks are fetched right after the entry runs: count them as initial too.
  const { page, ids } = firstRouteChunkIds(entrySource);
  const jsDir = path.dirname(files[0]?.file ?? 'js/x.js');
  const available = existsSync(path.join(dir, jsDir)) ? readdirSync(path.join(dir, jsDir)) : [];
  /** @type {string[]} */
  const unresolved = [];
  for (const id of ids) {
    const match = available.filter((name) => name.startsWith(`${id}.`) && name.endsWith('.js'));
    if (match.length === 1) measure(`${jsDir}/${match[0]}`, `start page chunk ${id}`);
    else unresolved.push(id);
  }
  const sum = (/** @type {'bytes' | 'gzipBytes'} */ key, /** @type {string | null} */ role = null) =>
    files.filter((f) => role === null || f.role === role).reduce((n, f) => n + f[key], 0);
  const initialGzipBytes = sum('gzipBytes');
  return {
    initialJsBytes: sum('bytes'),
    initialJsGzipBytes: initialGzipBytes,
    entryScriptsBytes: sum('bytes', 'entry'),
    entryScriptsGzipBytes: sum('gzipBytes', 'entry'),
    startPage: page,
    files,
    ...(unresolved.length ? { unresolvedChunkIds: unresolved } : {}),
    ...(external.length ? { externalScriptsNotCounted: external } : {}),
    targetGzipBytes: H5_GZIP_TARGET,
    targetNote: "250 KiB = 250*1024 bytes gzip -9; <script src> of index.html plus the start page's lazy chunks",
    pass: initialGzipBytes <= H5_GZIP_TARGET,
  };
}

export default {
  description: 'weapp main package bytes, H5 initial JS bytes (gzip -9)',
  /** @param {BenchContext} ctx */
  async run(ctx) {
    /** @type {Record<string, unknown>} */
    const result = {};
    // Each platform is measured on its own so one failing build still leaves the other figure.
    for (const [key, type, marker, measure] of /** @type {const} */ ([
      ['weapp', 'weapp', 'dist/weapp/app.json', weappSizes],
      ['h5', 'h5', 'dist/h5/index.html', h5Sizes],
    ])) {
      try {
        const built = await ensureBuilt(ctx, type);
        result[key] = { ...measure(path.join(ctx.root, path.dirname(marker))), builtNow: built };
      } catch (err) {
        result[key] = { error: err instanceof Error ? err.message : String(err) };
      }
    }
    const errors = Object.entries(result).filter(([, v]) => /** @type {any} */ (v).error);
    if (errors.length === 2)
      throw new Error(errors.map(([k, v]) => `${k}: ${/** @type {any} */ (v).error}`).join('; '));
    return result;
  },
  /** @param {any} r */
  rows(r) {
    const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KiB (${n} B)`;
    return [
      r.weapp?.error
        ? { label: 'weapp main package', value: `error: ${r.weapp.error}` }
        : {
            label: 'weapp main package',
            value: kb(r.weapp.mainBytes),
            target: `≤ ${kb(r.weapp.targetBytes)}`,
            pass: r.weapp.pass,
          },
      r.h5?.error
        ? { label: 'H5 initial JS (gzip)', value: `error: ${r.h5.error}` }
        : {
            label: 'H5 initial JS (gzip)',
            value: `${kb(r.h5.initialJsGzipBytes)}, raw ${kb(r.h5.initialJsBytes)}`,
            target: `≤ ${kb(r.h5.targetGzipBytes)}`,
            pass: r.h5.pass,
          },
    ];
  },
};
