// One autocannon round, in its own process so the load generator never shares an event loop with a target.
// Usage: node bench/load-worker.mjs '<json options>'; prints one JSON summary line on stdout.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

/** @type {{ url: string, method: string, body: string, headers: Record<string,string>, connections: number, duration: number, warmup: number, pid?: number }} */
const opts = JSON.parse(process.argv[2] ?? '{}');
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(opts.url)) {
  process.stderr.write(`load-worker: refusing non-loopback url ${opts.url}\n`);
  process.exit(2);
}

/** @param {number} duration */
const load = (duration) =>
  autocannon({
    url: opts.url,
    method: /** @type {any} */ (opts.method),
    body: opts.body,
    headers: opts.headers,
    connections: opts.connections,
    duration,
    timeout: 10,
  });

/**
 * CPU time the target process has used (user + system, ms), from /proc; null where there is none. It is the figure a
 * machine busy with other work disturbs least: req/s depends on when the target gets a core, CPU per request does not.
 */
function cpuMs() {
  if (opts.pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${opts.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime (fields 14 and 15 of the whole line) in clock ticks, 100 per second on Linux.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

// The warm-up is a run of its own, so the target's CPU is read between it and the measured run.
/** @type {ReturnType<typeof load> | undefined} */
let running;
let stopped = false;
const stop = () => {
  stopped = true;
  running?.stop();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
if (opts.warmup > 0) {
  running = load(opts.warmup);
  await running;
}
if (stopped) process.exit(1);
const cpuBefore = cpuMs();
const instance = load(opts.duration);
running = instance;
const r = await instance;
const cpuAfter = cpuMs();
const cpuUsPerRequest =
  cpuBefore === null || cpuAfter === null || r.requests.total === 0
    ? null
    : ((cpuAfter - cpuBefore) * 1000) / r.requests.total;
process.stdout.write(
  JSON.stringify({
    reqPerSec: r.requests.average,
    totalRequests: r.requests.total,
    durationSec: r.duration,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    latencyAvgMs: r.latency.average,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    bytesPerSec: r.throughput.average,
    cpuUsPerRequest,
  }) + '\n',
);
