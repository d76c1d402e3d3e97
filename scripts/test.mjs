// `npm test`: type check, import boundaries, formatting and lint, the builds the suites need, then every Jest project.
// Under CI=true nothing may skip: missing Chromium or PostgreSQL fails the run instead, and so does a file Prettier
// would change or a lint error. Elsewhere those two are reported and the run goes on, so work in progress can be tested.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results/jest.json';
rmSync(RESULTS, { force: true });
mkdirSync('test-results', { recursive: true });

const CI = process.env.CI === 'true';
// Caches beside the installed packages: a second run checks only the files that changed.
const CACHE = 'node_modules/.cache';

const PREBUILT_CLOUD_DIR = 'dist/cloud-for-tests';
rmSync(PREBUILT_CLOUD_DIR, { recursive: true, force: true });
process.env.PREBUILT_CLOUD_DIR = PREBUILT_CLOUD_DIR;

const steps = [
  ['type check', 'node_modules/.bin/tsc', ['-p', 'tsconfig.json', '--noEmit']],
  ['import boundaries', process.execPath, ['scripts/check-boundaries.mjs']],
  [
    'formatting (npm run format)',
    'node_modules/.bin/prettier',
    ['--check', '--log-level=warn', '--cache', '--cache-location', `${CACHE}/prettier/.prettier-cache`, '.'],
    { strictOnlyInCi: true },
  ],
  [
    'lint (npm run lint)',
    'node_modules/.bin/eslint',
    ['--max-warnings=0', '--cache', '--cache-location', `${CACHE}/eslint/`, '.'],
    { strictOnlyInCi: true },
  ],
  ['H5 build (for the browser suites)', process.execPath, ['scripts/build-h5.mjs']],
  [
    'weapp build (for the package layout checks)',
    process.execPath,
    ['node_modules/@tarojs/cli/bin/taro', 'build', '--type', 'weapp'],
  ],
  ['host bundle', process.execPath, ['scripts/build-host.mjs']],
  // Once, for the eight WeChat suites: each copies it (test/support/cloud-build.ts) instead of bundling again.
  ['cloud bundles (for the WeChat suites)', process.execPath, ['scripts/build-cloud.mjs', PREBUILT_CLOUD_DIR]],
  ['jest', 'node_modules/.bin/jest', ['--ci', '--json', `--outputFile=${RESULTS}`, ...process.argv.slice(2)]],
];

const reportedOnly = [];
process.on('exit', () => {
  if (reportedOnly.length) console.log(`still to fix before CI passes: ${reportedOnly.join(', ')}`);
});
for (const [name, command, args, { strictOnlyInCi = false } = {}] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  // Exit 1 is "found problems" for both tools; 2 (a broken config, a crash) stops the run everywhere.
  if (result.status === 1 && strictOnlyInCi && !CI) {
    console.error(
      `✖ ${name} found problems (${((Date.now() - started) / 1000).toFixed(1)} s); going on, as CI=true would not`,
    );
    reportedOnly.push(name);
    continue;
  }
  if (result.status !== 0) {
    console.error(`✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// One plain closing line, so whoever reads the log sees at once how many tests ran.
if (existsSync(RESULTS)) {
  const r = JSON.parse(readFileSync(RESULTS, 'utf8'));
  console.log(
    `\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`,
  );
}
