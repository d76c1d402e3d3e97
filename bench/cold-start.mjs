// Suite `coldStart`: spawn of the bundled host (SQLite, already migrated and seeded) → first 200 on /healthz.
import { ensureHostBundle, seededDataDir, spawnHost } from './host.mjs';
import { freePort, waitFor200 } from './net.mjs';
import { stopChild } from './processes.mjs';
import { median, round } from './stats.mjs';

const TARGET_MS = 1500;

/** @typedef {import('./context.mjs').BenchContext} BenchContext */

export default {
  description: 'host cold start to first 200 on /healthz (SQLite, migrated + seeded)',
  /** @param {BenchContext} ctx */
  async run(ctx) {
    await ensureHostBundle(ctx);
    const dataDir = await seededDataDir(ctx);
    const runs = ctx.options.coldStartRuns;
    /** @type {number[]} */
    const samples = [];
    /** @type {number[]} */
    const stops = [];
    for (let i = 0; i < runs; i += 1) {
      const port = await freePort();
      const started = performance.now();
      const host = spawnHost(ctx, { port, dataDir });
      try {
        const healthy = await waitFor200(`${host.url}/healthz`, {
          intervalMs: 10,
          timeoutMs: 30_000,
          child: host.child,
          stderr: host.stderr,
        });
        samples.push(healthy - started);
      } finally {
        const stop = await stopChild(host.child, { graceMs: 10_000 });
        if (stop.forced) ctx.log(`coldStart: run ${i + 1} did not exit on SIGTERM within 10 s (killed)`);
        stops.push(stop.ms);
      }
      ctx.log(`coldStart: run ${i + 1}/${runs}: ${Math.round(samples[i])} ms (stopped in ${Math.round(stops[i])} ms)`);
    }
    const medianMs = median(samples);
    return {
      runs,
      medianMs: round(medianMs),
      minMs: round(Math.min(...samples)),
      maxMs: round(Math.max(...samples)),
      samplesMs: samples.map((s) => round(s)),
      // Not a target; shows how long SIGTERM → exit takes with no requests in flight.
      shutdownMedianMs: round(median(stops)),
      targetMs: TARGET_MS,
      pass: medianMs <= TARGET_MS,
    };
  },
  /** @param {any} r */
  rows(r) {
    return [
      {
        label: 'host cold start (median)',
        value: `${r.medianMs} ms (min ${r.minMs}, max ${r.maxMs}, n=${r.runs})`,
        target: `≤ ${r.targetMs} ms`,
        pass: r.pass,
      },
      { label: 'host SIGTERM → exit (median)', value: `${r.shutdownMedianMs} ms` },
    ];
  },
};
