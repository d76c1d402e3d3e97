// The rush's load process: N distinct members each press 报名 once, with at most `connections` requests in flight
// over keep-alive sockets. Runs in its own process so the load never shares an event loop with the host.
// Usage: node bench/rush-client.mjs '<json: { url, tokensFile, eventId, connections }>'; prints one JSON line.
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';

const opts = JSON.parse(process.argv[2] ?? '{}');
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(opts.url)) {
  process.stderr.write(`rush-client: refusing non-loopback url ${opts.url}\n`);
  process.exit(2);
}
/** @type {string[]} */
const tokens = JSON.parse(readFileSync(opts.tokensFile, 'utf8'));
const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
const body = JSON.stringify({ action: 'signUp', data: { eventId: opts.eventId } });

/** @returns {Promise<{ status: number, ms: number, answer: string, index: number, at: number }>} */
function signUp(token, index) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      opts.url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          let answer = 'unreadable';
          try {
            const json = JSON.parse(text);
            answer = json.ok ? json.data.status : `error:${json.error.code}`;
          } catch {}
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, answer, index, at: started });
        });
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', () =>
      resolve({ status: 0, ms: performance.now() - started, answer: 'network', index, at: started }),
    );
    req.end(body);
  });
}

const results = [];
let next = 0;
const started = performance.now();
async function lane() {
  while (next < tokens.length) {
    const i = next;
    next += 1;
    results.push(await signUp(tokens[i], i));
  }
}
await Promise.all(Array.from({ length: Math.min(opts.connections, tokens.length) }, lane));
const wallMs = performance.now() - started;
// RUSH_TIMELINE=<path>: each request's [start, duration] in ms to <path>.<N>, to see when in the rush the slow ones
// started (the first wave on a cold host, or the steady state).
if (process.env.RUSH_TIMELINE) {
  const timeline = results.map((r) => [Math.round(r.at - started), Math.round(r.ms)]);
  writeFileSync(`${process.env.RUSH_TIMELINE}.${tokens.length}`, JSON.stringify(timeline));
}
agent.destroy();

const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
const q = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
const answers = {};
const statuses = {};
for (const r of results) {
  answers[r.answer] = (answers[r.answer] ?? 0) + 1;
  statuses[r.status] = (statuses[r.status] ?? 0) + 1;
}
process.stdout.write(
  JSON.stringify({
    requests: results.length,
    wallMs,
    perSec: results.length / (wallMs / 1000),
    p50Ms: q(0.5),
    p99Ms: q(0.99),
    maxMs: sorted[sorted.length - 1],
    answers,
    statuses,
    /** Indexes (into the tokens) of those told 报名成功, to check each is in the database. */
    confirmedIndexes: results.filter((r) => r.answer === 'confirmed').map((r) => r.index),
  }) + '\n',
);
