// `npm start`: builds what is missing (the H5 app once, the host bundle every time: it takes a second),
// then runs the host on PORT (default 10086) with the embedded SQLite demo.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('dist/h5/index.html')) {
  console.log('start: building the H5 app (first start only; `npm run build:h5` rebuilds it) …');
  run(process.execPath, ['scripts/build-h5.mjs']);
}
run(process.execPath, ['scripts/build-host.mjs']);

const host = spawn(process.execPath, ['--enable-source-maps', 'dist/host/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
