// Suite `throughput`: account.me through the host vs a bare node:http JSON echo, same run, same load.
// Host, echo server and each autocannon round are separate processes; rounds alternate between targets.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHostBundle, seededDataDir, spawnHost } from './host.mjs';
import { freePort, LOOPBACK, postJson, waitFor200 } from './net.mjs';
import { startChild, stopChild, tail } from './processes.mjs';
import { medianItem, round } from './stats.mjs';

const TARGET_RATIO = 0.4;
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** @typedef {import('./context.mjs').BenchContext} BenchContext */
/** @typedef {{ reqPerSec: number, totalRequests: number, latencyP50Ms: number, latencyP99Ms: number, non2xx: number, errors: number, timeouts: number }} Round */

/**
 * Runs one autocannon round in a child process and returns its summary.
 * @param {BenchContext} ctx
 * @param {{ url: string, body: string, headers: Record<string, string> }} target
 * @returns {Promise<Round>}
 */
async function loadRound(ctx, target) {
  const { connections, duration, warmup } = ctx.options;
  const args = JSON.stringify({ ...target, method: 'POST', connections, duration, warmup });
  const child = startChild(process.execPath, [path.join(HERE, 'load-worker.mjs'), args], {
    cwd: ctx.root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout = tail(child.stdout, 100_000);
  const stderr = tail(child.stderr);
  // Bounded: a round can never run much past its own duration.
  const limitMs = (duration + warmup + 30) * 1000;
  const exit = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), limitMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  if (exit !== 0) {
    await stopChild(child, { graceMs: 1000 });
    throw new Error(`load worker ${exit === 'timeout' ? `took over ${limitMs} ms` : `exited ${exit}`}\n${stderr()}`);
  }
  const round = /** @type {Round} */ (JSON.parse(stdout().trim().split('\n').pop() ?? '{}'));
  if (round.totalRequests === 0 || round.non2xx > round.totalRequests / 100) {
    throw new Error(`round against ${target.url} was mostly failures: ${JSON.stringify(round)}`);
  }
  return round;
}

/** @param {Round[]} rounds */
function summarise(rounds) {
  const mid = medianItem(rounds, (r) => r.reqPerSec);
  return {
    reqPerSec: round(mid.reqPerSec),
    latencyP50Ms: mid.latencyP50Ms,
    latencyP99Ms: mid.latencyP99Ms,
    roundsReqPerSec: rounds.map((r) => round(r.reqPerSec)),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors + r.timeouts, 0),
  };
}

export default {
  description: 'account.me via the host vs a bare node:http JSON echo (autocannon, loopback)',
  /** @param {BenchContext} ctx */
  async run(ctx) {
    await ensureHostBundle(ctx);
    const dataDir = await seededDataDir(ctx);
    const host = spawnHost(ctx, { port: await freePort(), dataDir });
    /** @type {import('node:child_process').ChildProcess | undefined} */
    let echo;
    try {
      await waitFor200(`${host.url}/healthz`, { intervalMs: 20, child: host.child, stderr: host.stderr });
      const login = await postJson(`${host.url}/api/account`, { action: 'devLogin', data: { handle: 'member1' } });
      if (login.status !== 200 || typeof login.json?.data?.token !== 'string')
        throw new Error(`devLogin failed: ${login.status} ${login.text}`);
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${login.json.data.token}` };
      const body = JSON.stringify({ action: 'me' });
      const me = await postJson(`${host.url}/api/account`, { action: 'me' }, headers);
      if (me.status !== 200 || !me.json?.ok) throw new Error(`account.me failed: ${me.status} ${me.text}`);

      // The echo answers exactly the bytes the host answered, so both targets send the same payload size.
      const echoPort = await freePort();
      echo = startChild(process.execPath, [path.join(HERE, 'echo-server.mjs')], {
        cwd: ctx.root,
        env: { ...process.env, ECHO_PORT: String(echoPort), ECHO_BODY: me.text },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const echoUrl = `http://${LOOPBACK}:${echoPort}`;
      await waitFor200(`${echoUrl}/healthz`, { intervalMs: 20, child: echo, stderr: tail(echo.stderr) });

      const targets = {
        host: { url: `${host.url}/api/account`, body, headers },
        echo: { url: `${echoUrl}/api/account`, body, headers },
      };
      /** @type {{ host: Round[], echo: Round[] }} */
      const rounds = { host: [], echo: [] };
      const { rounds: n, duration, warmup, connections } = ctx.options;
      for (let i = 0; i < n; i += 1) {
        // Swap the order each round (host, echo / echo, host …) so drift does not favour one target.
        /** @type {('host' | 'echo')[]} */
        const order = i % 2 === 0 ? ['host', 'echo'] : ['echo', 'host'];
        for (const name of order) {
          ctx.log(
            `throughput: round ${i + 1}/${n} ${name}: ${connections} connections, ${warmup} s warm-up + ${duration} s …`,
          );
          const r = await loadRound(ctx, targets[name]);
          ctx.log(
            `throughput: round ${i + 1}/${n} ${name}: ${Math.round(r.reqPerSec)} req/s, p50 ${r.latencyP50Ms} ms, p99 ${r.latencyP99Ms} ms`,
          );
          rounds[name].push(r);
        }
      }
      const hostSummary = summarise(rounds.host);
      const echoSummary = summarise(rounds.echo);
      const ratio = hostSummary.reqPerSec / echoSummary.reqPerSec;
      return {
        request: { method: 'POST', path: '/api/account', body, responseBytes: Buffer.byteLength(me.text) },
        load: {
          tool: 'autocannon',
          connections,
          durationSec: duration,
          warmupSec: warmup,
          roundsPerTarget: n,
          pick: 'median round by req/s',
        },
        host: hostSummary,
        echo: echoSummary,
        ratio: round(ratio, 3),
        targetRatio: TARGET_RATIO,
        pass: ratio >= TARGET_RATIO,
      };
    } finally {
      await Promise.all([stopChild(host.child), echo ? stopChild(echo) : undefined]);
    }
  },
  /** @param {any} r */
  rows(r) {
    const fmt = (/** @type {any} */ t) =>
      `${Math.round(t.reqPerSec)} req/s, p50 ${t.latencyP50Ms} ms, p99 ${t.latencyP99Ms} ms`;
    return [
      { label: 'account.me via host', value: fmt(r.host) },
      { label: 'node:http echo', value: fmt(r.echo) },
      { label: 'ratio host/echo', value: r.ratio.toFixed(3), target: `≥ ${r.targetRatio}`, pass: r.pass },
    ];
  },
};
