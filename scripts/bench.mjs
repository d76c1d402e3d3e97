// `npm run bench [-- <suite…>] [--json] [--no-build] [--rounds=N] [--duration=S] [--warmup=S] [--connections=N] [--runs=N]`
// Measures the figures the issues set targets for. It reports; it does not gate: exit 0 when a target is
// missed, non-zero only when the harness itself failed. The JSON report goes to stdout, progress to stderr.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext } from '../bench/context.mjs';
import { killAllNow, stopAll } from '../bench/processes.mjs';
import { SUITES } from '../bench/suites.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: npm run bench -- [${Object.keys(SUITES).join('|')} …] [--json] [--no-build]
  [--rounds=3] [--duration=8] [--warmup=2] [--connections=32] (throughput)  [--runs=7] (coldStart)`;

function parseArgs(argv) {
  const options = { json: false, build: true, coldStartRuns: 7, rounds: 3, duration: 8, warmup: 2, connections: 32 };
  const numeric = {
    runs: 'coldStartRuns',
    rounds: 'rounds',
    duration: 'duration',
    warmup: 'warmup',
    connections: 'connections',
  };
  const names = [];
  const byKey = new Map(Object.keys(SUITES).map((k) => [k.toLowerCase().replace(/[-_]/g, ''), k]));
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      const [flag, value] = arg.slice(2).split('=');
      const key = numeric[flag];
      const n = Number(value);
      if (!key || !Number.isFinite(n) || n < 0) throw new Error(`unknown or bad option ${arg}\n${USAGE}`);
      options[key] = n;
    } else {
      const key = byKey.get(arg.toLowerCase().replace(/[-_]/g, ''));
      if (!key) throw new Error(`unknown suite "${arg}"\n${USAGE}`);
      names.push(key);
    }
  }
  if (options.rounds < 1 || options.coldStartRuns < 1 || options.duration < 1 || options.connections < 1)
    throw new Error(`counts must be ≥ 1\n${USAGE}`);
  return { options, names: names.length ? [...new Set(names)] : Object.keys(SUITES) };
}

function printTable(report, suites) {
  const rows = [];
  for (const [name, suite] of suites) {
    const result = report[name];
    if (result?.error) rows.push([name, `error: ${result.error.split('\n')[0]}`, '', '']);
    else
      for (const row of suite.rows(result))
        rows.push([row.label, row.value, row.target ?? '', row.pass === undefined ? '' : row.pass ? 'pass' : 'MISS']);
  }
  const header = ['figure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [
    `machine: ${report.machine.cpus} CPUs, Node ${report.machine.node}`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main() {
  const { options, names } = parseArgs(process.argv.slice(2));
  const ctx = createContext(ROOT, options);

  // Nothing may outlive the bench: Ctrl-C / SIGTERM stop children gracefully; 'exit' is the last resort.
  process.on('exit', () => {
    killAllNow();
    ctx.removeTemp();
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      ctx.log(`${signal}: stopping child processes …`);
      stopAll().finally(() => process.exit(130));
    });
  }

  const report = {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
  };
  const loaded = [];
  let failed = false;
  for (const name of names) {
    const suite = (await SUITES[name]()).default;
    loaded.push([name, suite]);
    ctx.log(`${name}: ${suite.description}`);
    const started = performance.now();
    try {
      report[name] = await suite.run(ctx);
      // A suite may return partial results with an `error` on one part (e.g. one front-end build failed).
      if (Object.values(report[name] ?? {}).some((v) => v && typeof v === 'object' && 'error' in v)) failed = true;
    } catch (err) {
      failed = true;
      report[name] = { error: err instanceof Error ? err.message : String(err) };
      ctx.log(`${name}: FAILED: ${report[name].error}`);
    }
    ctx.log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await stopAll();
  ctx.removeTemp();

  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printTable(report, loaded);
  process.exitCode = failed ? 1 : 0;
}

main().catch(async (err) => {
  process.stderr.write(`[bench] ${err instanceof Error ? err.message : String(err)}\n`);
  await stopAll();
  process.exit(2);
});
