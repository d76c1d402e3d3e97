// `npm run build:cloud`: bundles each cloud function into dist/cloudfunctions/<name>/ for WeChat DevTools:
// index.js with the shared code inlined, and a package.json that depends only on wx-server-sdk.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const outRoot = process.argv[2] ?? 'dist/cloudfunctions';
const functions = readdirSync('cloudfunctions', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join('cloudfunctions', d.name, 'index.ts')))
  .map((d) => d.name);

// Open APIs a function calls must be declared, or WeChat refuses the call (-604101).
const OPENAPI = { qrcode: ['wxacode.getUnlimited'] };

for (const name of functions) {
  const outDir = path.join(outRoot, name);
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join('cloudfunctions', name, 'index.ts')],
    outfile: path.join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: true,
    // wx-server-sdk is provided by WeChat's runtime install; SQLite is never used in the cloud.
    external: ['wx-server-sdk', 'better-sqlite3', 'pg-native'],
    logLevel: 'warning',
  });
  writeFileSync(
    path.join(outDir, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': '~3.0.1' } }, null, 2) + '\n',
  );
  writeFileSync(
    path.join(outDir, 'config.json'),
    JSON.stringify({ permissions: { openapi: OPENAPI[name] ?? [] }, timeout: 20 }, null, 2) + '\n',
  );
}
console.log(`build:cloud → ${outRoot}/{${functions.join(',')}}`);
