// The lean scan landing's two files (issue 19), written into the H5 build for the host to inline into `/s`:
// its script (src/features/audiobooks/lean/scan-landing.ts, bundled alone: no Taro, no React) and its styles
// (scan-landing.scss: the app's type scale and the kit's pieces, with `$taro-env` as the Taro build gives it).
// Run by scripts/build-h5.mjs after the Taro build; an optional argument names another H5 output folder.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as sass from 'sass';

const h5Dir = process.argv[2] ?? 'dist/h5';
const outDir = path.join(h5Dir, 'lean');
const ENTRY = 'src/features/audiobooks/lean/scan-landing';

mkdirSync(outDir, { recursive: true });

await build({
  entryPoints: [`${ENTRY}.ts`],
  outfile: path.join(outDir, 'scan-landing.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  // The browsers the H5 app supports (phones of the last few years, WeChat's in-app browser).
  target: ['es2019', 'chrome70', 'safari12'],
  legalComments: 'none',
  logLevel: 'warning',
});

/** Sass files as Taro's H5 build sees them: `$taro-env: h5` before the ones that read it (config/index.ts, sass.data). */
const withTaroEnv = {
  canonicalize(url, { containingUrl }) {
    // Sass hands a relative @use over already resolved against the file that has it.
    let base;
    if (url.startsWith('file:')) base = fileURLToPath(url);
    else if (containingUrl && !url.includes(':')) base = path.resolve(path.dirname(fileURLToPath(containingUrl)), url);
    else return null;
    const { dir, name } = path.parse(base);
    const candidates = [`${base}.scss`, path.join(dir, `_${name}.scss`), path.join(base, 'index.scss'), base];
    const found = candidates.find((c) => c.endsWith('.scss') && existsSync(c));
    return found ? pathToFileURL(found) : null;
  },
  load(canonicalUrl) {
    const text = readFileSync(fileURLToPath(canonicalUrl), 'utf8');
    // Only the files that ask for it: a `@use … as *` of a file that has it too would define it twice.
    return { contents: text.includes('$taro-env') ? `$taro-env: h5;\n${text}` : text, syntax: 'scss' };
  },
};
const entryScss = path.resolve(`${ENTRY}.scss`);
const css = sass.compileString(readFileSync(entryScss, 'utf8'), {
  url: pathToFileURL(entryScss),
  importer: withTaroEnv,
  style: 'compressed',
}).css;
writeFileSync(path.join(outDir, 'scan-landing.css'), css);
console.log(`build:h5 lean landing → ${outDir} (script and styles)`);
