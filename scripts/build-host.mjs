// Bundles the Node host into dist/host/main.js (esbuild), so `npm start` boots without a TypeScript loader.
// An optional argument names another output folder (tests build their own copy).
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist/host';

await build({
  entryPoints: { main: 'apps/host/main.ts', seed: 'apps/host/seed-cli.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Native or optional modules stay in node_modules.
  external: ['better-sqlite3', 'pg', 'pg-native', 'wx-server-sdk'],
  logLevel: 'warning',
});
console.log(`build:host → ${outdir}/main.js`);
