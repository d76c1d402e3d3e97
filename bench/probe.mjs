// Probing while work runs: a request every PROBE_EVERY_MS, each timed from when it was due, so a stalled event loop
// counts against every probe it held back (roster: /healthz during an import; dashboard: account.me during the rollup).
import { quantile, round } from './stats.mjs';

export const PROBE_EVERY_MS = 40;

/**
 * Runs `work` while calling `probe` every PROBE_EVERY_MS; the work's result, the probes' p99, how many were made
 * and how many failed.
 * @template T
 * @param {() => Promise<unknown>} probe
 * @param {() => Promise<T>} work
 */
export async function whileProbing(probe, work) {
  /** @type {number[]} */
  const times = [];
  const pending = [];
  let done = false;
  let failed = 0;
  /** The slowest probe and when it was due (ms after the start), to line up with what the work was doing then. */
  const worst = { ms: 0, dueAtMs: 0 };
  const started = performance.now();
  const probing = (async () => {
    for (let k = 0; !done; k += 1) {
      const due = started + k * PROBE_EVERY_MS;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      // A probe that fails (a connection not accepted within undici's 10 s) counts for as long as it waited.
      const took = () => {
        const ms = performance.now() - due;
        times.push(ms);
        if (ms > worst.ms) Object.assign(worst, { ms: Math.round(ms), dueAtMs: Math.round(due - started) });
      };
      pending.push(
        probe().then(took, () => {
          failed += 1;
          took();
        }),
      );
    }
  })();
  let result;
  try {
    result = await work();
  } finally {
    done = true;
    await probing;
    await Promise.allSettled(pending);
  }
  times.sort((a, b) => a - b);
  return {
    result: /** @type {T} */ (result),
    p99Ms: round(quantile(times, 0.99)),
    probes: times.length,
    failed,
    worst,
  };
}
