// Bundles the Node host into dist/host/main.js (esbuild), so `npm start` boots without a TypeScript loader.
// An optional argument names another output folder (tests build their own copy).
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist/host';

await build({
  // The sheet worker (roster reading, spreadsheet building) is its own file beside main.js, where the host finds it.
  entryPoints: {
    main: 'apps/host/main.ts',
    seed: 'apps/host/seed-cli.ts',
    'sheet-worker': 'backend/files/workers/sheet-worker.ts',
  },
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
