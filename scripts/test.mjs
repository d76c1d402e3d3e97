// `npm test`: type check, import boundaries, the builds the suites need, then every Jest project.
// Under CI=true nothing may skip: missing Chromium or PostgreSQL fails the run instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results/jest.json';
rmSync(RESULTS, { force: true });
mkdirSync('test-results', { recursive: true });

const steps = [
  ['type check', 'node_modules/.bin/tsc', ['-p', 'tsconfig.json', '--noEmit']],
  ['import boundaries', process.execPath, ['scripts/check-boundaries.mjs']],
  ['H5 build (for the browser suites)', process.execPath, ['scripts/build-h5.mjs']],
  ['weapp build (for the package layout checks)', process.execPath, ['node_modules/@tarojs/cli/bin/taro', 'build', '--type', 'weapp']],
  ['host bundle', process.execPath, ['scripts/build-host.mjs']],
  ['jest', 'node_modules/.bin/jest', ['--ci', '--json', `--outputFile=${RESULTS}`, ...process.argv.slice(2)]],
];

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// One plain closing line, so whoever reads the log sees at once how many tests ran.
if (existsSync(RESULTS)) {
  const r = JSON.parse(readFileSync(RESULTS, 'utf8'));
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}
