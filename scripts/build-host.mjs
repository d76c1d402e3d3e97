// Bundles the Node host into dist/host/main.js (esbuild), so `npm start` boots without a TypeScript loader.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'backend/host/main.ts', seed: 'backend/seed/cli.ts' },
  outdir: 'dist/host',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Native or optional modules stay in node_modules.
  external: ['better-sqlite3', 'pg', 'pg-native', 'wx-server-sdk'],
  logLevel: 'warning',
});
console.log('build:host → dist/host/main.js');
