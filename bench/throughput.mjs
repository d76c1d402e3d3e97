// Suite `throughput`: account.me through the host vs a bare node:http JSON echo, same run, same load; and what each
// layer of the host costs (apps/host/layer-bench-server.ts): the same answer from a bare fastify route (the framework,
// for reference: the host's calls no longer pass through it), from the host's own fast path with fixed bytes, + the
// token check, + the caller's profile, + the router's envelope (validation, handler, log), and the host itself (the
// same router in the host's process).
// Every server and each autocannon round are separate processes; each round visits every target, in rotated order.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHostBundle, hostEnv, seededDataDir, spawnHost } from './host.mjs';
import { freePort, LOOPBACK, postJson, waitFor200 } from './net.mjs';
import { startChild, stopChild, tail } from './processes.mjs';
import { median, medianItem, round } from './stats.mjs';

const TARGET_RATIO = 0.6;
/** The layer servers, in the order the table shows them; the host is the last layer. */
const LAYERS = /** @type {const} */ (['fastify', 'bare', 'auth', 'profile', 'router']);
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** @typedef {import('./context.mjs').BenchContext} BenchContext */
/** @typedef {{ reqPerSec: number, totalRequests: number, latencyP50Ms: number, latencyP99Ms: number, non2xx: number, errors: number, timeouts: number, cpuUsPerRequest: number | null }} Round */

/**
 * Runs one autocannon round in a child process and returns its summary.
 * @param {BenchContext} ctx
 * @param {{ url: string, body: string, headers: Record<string, string>, pid?: number }} target
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
    // The target's own CPU per answered request (/proc; null elsewhere), median of the rounds.
    cpuUsPerRequest: rounds.every((r) => r.cpuUsPerRequest !== null)
      ? round(median(rounds.map((r) => /** @type {number} */ (r.cpuUsPerRequest))))
      : null,
  };
}

/**
 * Bundles the layer server once per bench run beside the host's bundle, where node_modules is found (it is not part
 * of the host's build).
 * @param {BenchContext} ctx
 */
async function layerServerBundle(ctx) {
  return ctx.once('layerServer', async () => {
    const outdir = path.join(ctx.root, 'dist/bench-layers');
    await build({
      entryPoints: { 'layer-server': path.join(ctx.root, 'apps/host/layer-bench-server.ts') },
      outdir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['better-sqlite3', 'pg', 'pg-native', 'wx-server-sdk'],
      logLevel: 'warning',
    });
    return path.join(outdir, 'layer-server.js');
  });
}

export default {
  description:
    'account.me via the host vs a bare node:http JSON echo, and each layer of the host (autocannon, loopback)',
  /** @param {BenchContext} ctx */
  async run(ctx) {
    await ensureHostBundle(ctx);
    const dataDir = await seededDataDir(ctx);
    const layerServer = await layerServerBundle(ctx);
    const host = spawnHost(ctx, { port: await freePort(), dataDir });
    /** @type {import('node:child_process').ChildProcess[]} */
    const others = [];
    try {
      await waitFor200(`${host.url}/healthz`, { intervalMs: 20, child: host.child, stderr: host.stderr });
      const login = await postJson(`${host.url}/api/account`, { action: 'devLogin', data: { handle: 'member1' } });
      if (login.status !== 200 || typeof login.json?.data?.token !== 'string')
        throw new Error(`devLogin failed: ${login.status} ${login.text}`);
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${login.json.data.token}` };
      const body = JSON.stringify({ action: 'me' });
      const me = await postJson(`${host.url}/api/account`, { action: 'me' }, headers);
      if (me.status !== 200 || !me.json?.ok) throw new Error(`account.me failed: ${me.status} ${me.text}`);

      /**
       * Starts one more server (the echo, or a layer) and waits until it answers.
       * @param {string[]} args
       * @param {NodeJS.ProcessEnv} env
       * @param {number} port
       */
      const startServer = async (args, env, port) => {
        const child = startChild(process.execPath, args, { cwd: ctx.root, env, stdio: ['ignore', 'ignore', 'pipe'] });
        others.push(child);
        const url = `http://${LOOPBACK}:${port}`;
        await waitFor200(`${url}/healthz`, { intervalMs: 20, child, stderr: tail(child.stderr) });
        return { url: `${url}/api/account`, pid: child.pid };
      };

      // The echo answers exactly the bytes the host answered, so both targets send the same payload size.
      const echoPort = await freePort();
      /** @type {Record<string, { url: string, pid?: number, body: string, headers: Record<string, string> }>} */
      const targets = {
        host: { url: `${host.url}/api/account`, pid: host.child.pid, body, headers },
        echo: {
          ...(await startServer(
            [path.join(HERE, 'echo-server.mjs')],
            { ...process.env, ECHO_PORT: String(echoPort), ECHO_BODY: me.text },
            echoPort,
          )),
          body,
          headers,
        },
      };
      for (const layer of LAYERS) {
        const port = await freePort();
        const env = { ...hostEnv(port, dataDir), LAYER: layer, ANSWER: me.text };
        targets[layer] = { ...(await startServer([layerServer], env, port)), body, headers };
        // Each layer must answer what the host answers, or its figure measures something else.
        const answer = await postJson(targets[layer].url, { action: 'me' }, headers);
        if (answer.status !== 200 || answer.text !== me.text)
          throw new Error(`layer ${layer} answered ${answer.status} ${answer.text}, not the host's ${me.text}`);
      }

      const names = ['host', 'echo', ...LAYERS];
      /** @type {Record<string, Round[]>} */
      const rounds = Object.fromEntries(names.map((name) => [name, []]));
      const { rounds: n, duration, warmup, connections } = ctx.options;
      for (let i = 0; i < n; i += 1) {
        // Rotate the order each round (host, echo, bare … / echo, bare, …) so drift does not favour one target.
        const order = names.map((_, k) => names[(k + i) % names.length]);
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
      // Ratios per round (each layer over the echo of the same round), then the median: a round the whole machine
      // ran slow in moves both figures alike.
      /** @param {string} name */
      const ratioOf = (name) => round(median(rounds[name].map((r, k) => r.reqPerSec / rounds.echo[k].reqPerSec)), 3);
      const ratio = ratioOf('host');
      // The same comparison in CPU: the echo's CPU per request over the target's (1 = as cheap as the echo).
      /** @param {{ cpuUsPerRequest: number | null }} summary */
      const cpuRatioOf = (summary) =>
        summary.cpuUsPerRequest === null || echoSummary.cpuUsPerRequest === null
          ? null
          : round(echoSummary.cpuUsPerRequest / summary.cpuUsPerRequest, 3);
      const layers = [
        ...LAYERS.map((name) => {
          const summary = summarise(rounds[name]);
          return { name, ...summary, ratio: ratioOf(name), cpuRatio: cpuRatioOf(summary) };
        }),
        { name: 'envelope', ...hostSummary, ratio, cpuRatio: cpuRatioOf(hostSummary) },
      ];
      return {
        request: { method: 'POST', path: '/api/account', body, responseBytes: Buffer.byteLength(me.text) },
        load: {
          tool: 'autocannon',
          connections,
          durationSec: duration,
          warmupSec: warmup,
          roundsPerTarget: n,
          pick: 'median round by req/s; ratios: median of the per-round ratios to the echo',
        },
        host: hostSummary,
        echo: echoSummary,
        layers,
        ratio,
        cpuRatio: cpuRatioOf(hostSummary),
        roundRatios: rounds.host.map((r, k) => round(r.reqPerSec / rounds.echo[k].reqPerSec, 3)),
        targetRatio: TARGET_RATIO,
        pass: ratio >= TARGET_RATIO,
      };
    } finally {
      await Promise.all([stopChild(host.child), ...others.map((child) => stopChild(child))]);
    }
  },
  /** @param {any} r */
  rows(r) {
    const cpu = (/** @type {any} */ t) => (t.cpuUsPerRequest === null ? '' : `, ${t.cpuUsPerRequest} µs CPU/req`);
    const fmt = (/** @type {any} */ t) =>
      `${Math.round(t.reqPerSec)} req/s, p50 ${t.latencyP50Ms} ms, p99 ${t.latencyP99Ms} ms${cpu(t)}`;
    /** @type {Record<string, string>} */
    const LABEL = {
      fastify: 'for reference: bare fastify route',
      bare: 'layer: fast path, fixed bytes',
      auth: 'layer: + auth (token)',
      profile: 'layer: + profile (caller)',
      router: 'layer: + envelope (the router)',
      envelope: 'the host (same router, its own process)',
    };
    return [
      { label: 'account.me via host', value: fmt(r.host) },
      { label: 'node:http echo', value: fmt(r.echo) },
      ...r.layers.map((/** @type {any} */ l) => ({
        label: LABEL[l.name],
        value:
          `${Math.round(l.reqPerSec)} req/s, ${l.ratio.toFixed(3)} of the echo` +
          (l.cpuRatio === null ? '' : `; ${l.cpuUsPerRequest} µs CPU/req, ${l.cpuRatio.toFixed(3)} of the echo's`),
      })),
      { label: 'ratio host/echo (median)', value: r.ratio.toFixed(3), target: `≥ ${r.targetRatio}`, pass: r.pass },
      ...(r.cpuRatio === null ? [] : [{ label: 'CPU ratio echo/host per request', value: r.cpuRatio.toFixed(3) }]),
    ];
  },
};
