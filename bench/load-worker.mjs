// One autocannon round, in its own process so the load generator never shares an event loop with a target.
// Usage: node bench/load-worker.mjs '<json options>'; prints one JSON summary line on stdout.
import autocannon from 'autocannon';

/** @type {{ url: string, method: string, body: string, headers: Record<string,string>, connections: number, duration: number, warmup: number }} */
const opts = JSON.parse(process.argv[2] ?? '{}');
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(opts.url)) {
  process.stderr.write(`load-worker: refusing non-loopback url ${opts.url}\n`);
  process.exit(2);
}

const instance = autocannon({
  url: opts.url,
  method: /** @type {any} */ (opts.method),
  body: opts.body,
  headers: opts.headers,
  connections: opts.connections,
  duration: opts.duration,
  // autocannon runs the warm-up first on the same connections settings and keeps it out of the results.
  warmup: opts.warmup > 0 ? { connections: opts.connections, duration: opts.warmup } : undefined,
  timeout: 10,
});
process.once('SIGTERM', () => instance.stop());
process.once('SIGINT', () => instance.stop());

const r = await instance;
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
  }) + '\n',
);
