// Suite `saveProgress`: audiobooks.saveProgress latency on SQLite with 500 members each saving every 10 s
// (the player's cadence), for 30 s — 1,500 saves at about 50 a second, every one a real write with an audit row.
import http from 'node:http';
import { freePort, postJson, waitFor200 } from './net.mjs';
import { ensureHostBundle, seededDataDir, spawnHost } from './host.mjs';
import { stopChild } from './processes.mjs';
import { round } from './stats.mjs';

const MEMBERS = 500;
const INTERVAL_MS = 10_000;
const DURATION_MS = 30_000;
const TARGET_P99_MS = 50;

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/**
 * One keep-alive POST; resolves with the status and the milliseconds from send to the last byte.
 * @param {http.Agent} agent @param {string} url @param {string} body @param {string} token
 */
function timedPost(agent, url, body, token) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

export default {
  description: `audiobooks.saveProgress latency, ${MEMBERS} members saving every ${INTERVAL_MS / 1000} s on SQLite`,
  /** @param {import('./context.mjs').BenchContext} ctx */
  async run(ctx) {
    await ensureHostBundle(ctx);
    const dataDir = await seededDataDir(ctx);
    const host = spawnHost(ctx, { port: await freePort(), dataDir });
    try {
      await waitFor200(`${host.url}/healthz`, { child: host.child, stderr: host.stderr });
      const api = `${host.url}/api/audiobooks`;
      const list = await postJson(api, { action: 'list' });
      const book = await postJson(api, { action: 'get', data: { bookId: list.json.data.books[0].id } });
      const chapters = book.json.data.chapters;
      ctx.log(`saveProgress: signing in ${MEMBERS} members …`);
      const tokens = [];
      for (let i = 1; i <= MEMBERS; i += 1) {
        const login = await postJson(`${host.url}/api/account`, { action: 'devLogin', data: { handle: `member${i}` } });
        tokens.push(login.json.data.token);
      }

      ctx.log(`saveProgress: ${MEMBERS} members saving every ${INTERVAL_MS / 1000} s for ${DURATION_MS / 1000} s …`);
      const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
      /** @type {{ status: number, ms: number }[]} */
      const results = [];
      const pending = [];
      const start = performance.now();
      // Member i first saves at i/500 of the interval, then every interval: an even 50 saves a second.
      await new Promise((resolve) => {
        const timers = tokens.map((token, i) => {
          let tick = 0;
          const chapter = chapters[i % chapters.length];
          const send = () => {
            if (performance.now() - start >= DURATION_MS) return;
            tick += 1;
            const position = Math.min(chapter.duration, (tick * 10) % chapter.duration || 10);
            const body = JSON.stringify({
              action: 'saveProgress',
              data: { chapterId: chapter.id, position, listened: [[Math.max(0, position - 10), position]], rate: 1 },
            });
            pending.push(timedPost(agent, api, body, token).then((r) => results.push(r)));
          };
          const first = setTimeout(
            () => {
              send();
              timers[i] = setInterval(send, INTERVAL_MS);
            },
            (i / MEMBERS) * INTERVAL_MS,
          );
          return first;
        });
        setTimeout(() => {
          for (const t of timers) clearInterval(t);
          resolve(undefined);
        }, DURATION_MS);
      });
      await Promise.all(pending);
      agent.destroy();

      const ok = results.filter((r) => r.status === 200);
      const sorted = ok.map((r) => r.ms).sort((a, b) => a - b);
      const p99 = round(quantile(sorted, 0.99), 1);
      return {
        members: MEMBERS,
        intervalSec: INTERVAL_MS / 1000,
        durationSec: DURATION_MS / 1000,
        saves: results.length,
        failed: results.length - ok.length,
        p50Ms: round(quantile(sorted, 0.5), 1),
        p99Ms: p99,
        maxMs: round(sorted[sorted.length - 1], 1),
        targetP99Ms: TARGET_P99_MS,
        pass: results.length > 0 && ok.length === results.length && p99 <= TARGET_P99_MS,
      };
    } finally {
      await stopChild(host.child);
    }
  },
  /** @param {any} r */
  rows: (r) => [
    { label: 'saves (failed)', value: `${r.saves} (${r.failed})` },
    {
      label: 'p50 / p99 / max',
      value: `${r.p50Ms} / ${r.p99Ms} / ${r.maxMs} ms`,
      target: `p99 ≤ ${r.targetP99Ms} ms`,
      pass: r.pass,
    },
  ],
};
