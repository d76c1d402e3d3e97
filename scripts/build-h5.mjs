// `npm run build:h5`: the Taro H5 build and the lean scan landing (build-lean-landing.mjs), then a gzip and a brotli
// copy of every text asset beside it, which the host serves to browsers that accept them (a weak 3G line moves a
// third of the bytes).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const OUT = 'dist/h5';
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

const taro = spawnSync(process.execPath, ['node_modules/@tarojs/cli/bin/taro', 'build', '--type', 'h5'], {
  stdio: 'inherit',
});
if (taro.status !== 0) process.exit(taro.status ?? 1);
// The lean scan landing's script and styles, which the host inlines into /s for a book's code (issue 19).
const lean = spawnSync(process.execPath, ['scripts/build-lean-landing.mjs', OUT], { stdio: 'inherit' });
if (lean.status !== 0) process.exit(lean.status ?? 1);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.test(name)) yield full;
  }
}

let raw = 0;
let brotli = 0;
for (const file of files(OUT)) {
  const data = readFileSync(file);
  if (data.length < 1024) continue;
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  raw += data.length;
  brotli += br.length;
}
console.log(
  `build:h5 → ${OUT} (text assets ${Math.round(raw / 1024)} KB, ${Math.round(brotli / 1024)} KB with brotli)`,
);
