// `npm run build:cloud`: bundles each cloud function into dist/cloudfunctions/<name>/ for WeChat DevTools:
// index.js with the shared code inlined, and a package.json that depends only on wx-server-sdk. Beside it,
// s3-file-store.js holds the S3 file store with the AWS SDK: index.js loads it only when FILE_STORE=s3, so a
// function on WeChat cloud storage never loads the SDK and index.js does not grow by it. pinyin.js and (where a
// function makes or reads spreadsheets) spreadsheets.js are kept apart the same way.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiPermissions } from './openapi-permissions.mjs';

const outRoot = process.argv[2] ?? 'dist/cloudfunctions';
// The functions: each domain listed in backend/domains/index.ts (its definition is backend/domains/<name>/function.ts,
// exporting `<name>`), and those with a hand-written WeChat entry in apps/wechat/functions/<name>.ts (qrcode, account). A
// domain's entry is written here, under dist/, the same three lines for each: wechatMain around its function.
const DOMAIN_LIST = 'backend/domains/index.ts';
const domains = [...readFileSync(DOMAIN_LIST, 'utf8').matchAll(/from '\.\/([\w-]+)\/manifest'/g)].map((m) => m[1]);
const handWritten = readdirSync(path.join('apps', 'wechat', 'functions'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -'.ts'.length));
const functions = [...new Set([...domains, ...handWritten])];
const ENTRY_DIR = path.join('dist', '.wechat-entries');
/** The file esbuild starts from: the hand-written entry, or one written for the domain. */
function entryOf(name) {
  const own = path.join('apps', 'wechat', 'functions', `${name}.ts`);
  if (existsSync(own)) return own;
  mkdirSync(ENTRY_DIR, { recursive: true });
  const file = path.join(ENTRY_DIR, `${name}.ts`);
  const from = (target) => path.relative(ENTRY_DIR, target).split(path.sep).join('/');
  writeFileSync(
    file,
    `// WeChat cloud entry point of the ${name} function, written by scripts/build-cloud.mjs.\n` +
      `import { ${name} } from '${from(`backend/domains/${name}/function`)}';\n` +
      `import { wechatMain } from '${from('apps/wechat/wechat-main')}';\n\n` +
      `export const main = wechatMain(${name});\n`,
  );
  return file;
}

// Open APIs a function calls must be declared, or WeChat refuses the call (-604101): each function's list is read
// from its own bundle (scripts/openapi-permissions.mjs), never written by hand.
// Timer triggers: WeChat calls main({ Type: 'Timer', TriggerName, Time }) on a 7-field cron (second minute hour
// day month weekday year); apps/wechat/wechat-main.ts runs due jobs then. Uploaded apart from the code
// (DevTools: 上传触发器). account has it because it is warm anyway, and each tick keeps an instance warm.
const TRIGGERS = { account: [{ name: 'run-due-jobs', type: 'timer', config: '0 */1 * * * * *' }] };
// 超时时间 in seconds. Not a config.json field (WeChat documents only permissions and triggers there), so it is set
// in the cloud console per function (docs/WECHAT-DEPLOY.md) and printed here as a reminder: account's timer
// invocations claim jobs for 20 s and give the last one time to finish; the others stay well above the database
// limits inside them (3 s to connect, 10 s a statement: apps/wechat/wechat-main.ts).
const TIMEOUT_SECONDS = { account: 60 };
const DEFAULT_TIMEOUT_SECONDS = 20;

/** One minified CommonJS file for Node 18 (WeChat's runtime), held in memory and written beside each index.js. */
const fileBesideIndex = (options) =>
  build({
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: true,
    logLevel: 'warning',
    ...options,
  });
/** A library alone in a file of its own, so that a function requires it only when it needs it. */
const libraryFile = (name) =>
  fileBesideIndex({
    stdin: { contents: `module.exports = require('${name}');`, resolveDir: process.cwd(), loader: 'js' },
  });

// One build of the S3 store, written beside each function's index.js.
const S3_STORE_FILE = 's3-file-store.js';
const s3Store = await fileBesideIndex({ entryPoints: ['backend/files/s3-file-store.ts'] });

// pinyin-pro (the roster's search key, ~320 KB of dictionary) likewise: its own file, required when a name is first
// written (backend/rules/roster-search.ts), so no function loads it at start.
const PINYIN_FILE = 'pinyin.js';
const pinyinLib = await libraryFile('pinyin-pro');
/** Points `require('pinyin-pro')` in a function's bundle at the file beside it. */
const pinyinBeside = {
  name: 'pinyin-beside',
  setup(b) {
    b.onResolve({ filter: /^pinyin-pro$/ }, () => ({ path: `./${PINYIN_FILE}`, external: true }));
  },
};

// music-metadata (reading an audio file's length, ~200 KB with its parsers) likewise, as audio-metadata.js: only
// audiobooks' handlers reach it, and index.js stays within its size budget as the domains grow.
const AUDIO_METADATA_FILE = 'audio-metadata.js';
// An ES module only (its package exports no `require`), so it is re-exported rather than required.
const audioMetadataLib = await fileBesideIndex({
  stdin: { contents: `export * from 'music-metadata';`, resolveDir: process.cwd(), loader: 'js' },
});
/** Points `require('music-metadata')` in a function's bundle at the file beside it. */
const audioMetadataBeside = {
  name: 'audio-metadata-beside',
  setup(b) {
    b.onResolve({ filter: /^music-metadata$/ }, () => ({ path: `./${AUDIO_METADATA_FILE}`, external: true }));
  },
};

// exceljs (≈ 1.2 MB minified) likewise, as spreadsheets.js, but only beside the functions that make or read a
// spreadsheet (one of their own handlers imports the export or the roster reader; the shared job that deletes old
// exports does not count): the sheet worker requires it on its first .xlsx job, and index.js never does, so a cold
// start does not load it. apps/wechat/wechat-main.ts offers spreadsheets where the file is there.
const SPREADSHEETS_FILE = 'spreadsheets.js';
const SPREADSHEET_MAKERS = ['backend/files/exports.ts', 'backend/files/roster-file.ts'];
/** Whether a handler of the function (backend/domains/<name>/actions/…) imports what makes or reads a spreadsheet. */
const makesSpreadsheets = (metafile, name) =>
  Object.entries(metafile.inputs).some(
    ([file, { imports }]) =>
      file.split(path.sep).join('/').startsWith(`backend/domains/${name}/actions/`) &&
      imports.some((i) => SPREADSHEET_MAKERS.includes(i.path.split(path.sep).join('/'))),
  );
const exceljsLib = await libraryFile('exceljs');
/** Points `require('exceljs')` in the sheet worker at the file beside it. */
const exceljsBeside = {
  name: 'exceljs-beside',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, () => ({ path: `./${SPREADSHEETS_FILE}`, external: true }));
  },
};

// The sheet worker (reading and judging an imported roster, building an export, off the event loop), beside each
// index.js where the function finds it; exceljs from spreadsheets.js and the names' pinyin from pinyin.js beside it.
const SHEET_WORKER_FILE = 'sheet-worker.js';
const sheetWorker = await fileBesideIndex({
  entryPoints: ['backend/files/workers/sheet-worker.ts'],
  plugins: [pinyinBeside, exceljsBeside],
});

for (const name of functions) {
  const outDir = path.join(outRoot, name);
  mkdirSync(outDir, { recursive: true });
  const bundled = await build({
    entryPoints: [entryOf(name)],
    metafile: true,
    outfile: path.join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: true,
    // wx-server-sdk is provided by WeChat's runtime install; SQLite is never used in the cloud. The S3 store is
    // its own file (above), required by a name made at run time; exceljs is reached only from the sheet worker.
    external: ['wx-server-sdk', 'better-sqlite3', 'pg-native'],
    plugins: [pinyinBeside, audioMetadataBeside],
    logLevel: 'warning',
  });
  const outfile = path.join(outDir, 'index.js');
  const output = Object.entries(bundled.metafile.outputs).find(
    ([file]) => path.resolve(file) === path.resolve(outfile),
  );
  if (!output) throw new Error(`esbuild did not report ${outfile}`);
  const modules = Object.entries(output[1].inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => ({ path: file.split(path.sep).join('/'), source: readFileSync(file, 'utf8') }));
  const openapi = openApiPermissions(readFileSync(outfile, 'utf8'), modules);
  writeFileSync(path.join(outDir, S3_STORE_FILE), s3Store.outputFiles[0].contents);
  writeFileSync(path.join(outDir, PINYIN_FILE), pinyinLib.outputFiles[0].contents);
  const audioMetadataFile = path.join(outDir, AUDIO_METADATA_FILE);
  if (modules.some((m) => m.path === 'backend/media/audio-probe.ts'))
    writeFileSync(audioMetadataFile, audioMetadataLib.outputFiles[0].contents);
  else rmSync(audioMetadataFile, { force: true });
  writeFileSync(path.join(outDir, SHEET_WORKER_FILE), sheetWorker.outputFiles[0].contents);
  const spreadsheetsFile = path.join(outDir, SPREADSHEETS_FILE);
  if (makesSpreadsheets(bundled.metafile, name)) writeFileSync(spreadsheetsFile, exceljsLib.outputFiles[0].contents);
  else rmSync(spreadsheetsFile, { force: true });
  writeFileSync(
    path.join(outDir, 'package.json'),
    JSON.stringify(
      { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': '~3.0.1' } },
      null,
      2,
    ) + '\n',
  );
  writeFileSync(
    path.join(outDir, 'config.json'),
    JSON.stringify({ permissions: { openapi }, ...(TRIGGERS[name] ? { triggers: TRIGGERS[name] } : {}) }, null, 2) +
      '\n',
  );
}
console.log(`build:cloud → ${outRoot}/{${functions.join(',')}}`);
console.log(
  `build:cloud: set 超时时间 in the cloud console (docs/WECHAT-DEPLOY.md): ${functions.map((f) => `${f} ${TIMEOUT_SECONDS[f] ?? DEFAULT_TIMEOUT_SECONDS} s`).join(', ')}`,
);
