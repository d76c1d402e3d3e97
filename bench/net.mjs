// Loopback-only HTTP helpers: free ports, health polling, one-off JSON calls.
import http from 'node:http';
import net from 'node:net';
import { hasExited } from './processes.mjs';

export const LOOPBACK = '127.0.0.1';

/** A port that was free a moment ago (the kernel picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * One request on a fresh connection (no agent), so polling never reuses a socket across restarts.
 * @param {string} url
 * @param {{ method?: string, body?: string, headers?: Record<string, string>, timeoutMs?: number }} [options]
 * @returns {Promise<{ status: number, text: string }>}
 */
export function request(url, { method = 'GET', body, headers = {}, timeoutMs = 5000 } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false, timeout: timeoutMs }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${url}`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * POSTs JSON and parses the answer.
 * @param {string} url
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export async function postJson(url, body, headers = {}) {
  const res = await request(url, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  return { status: res.status, text: res.text, json: JSON.parse(res.text) };
}

/**
 * Polls `url` every `intervalMs` until it answers 200; resolves with performance.now() at that moment.
 * Fails fast when `child` exits first, quoting its stderr.
 * @param {string} url
 * @param {{ intervalMs?: number, timeoutMs?: number, child?: import('node:child_process').ChildProcess, stderr?: () => string }} [options]
 */
export async function waitFor200(url, { intervalMs = 10, timeoutMs = 30_000, child, stderr } = {}) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const attempt = performance.now();
    if (child && hasExited(child)) {
      throw new Error(
        `process exited (${child.signalCode ?? child.exitCode}) before ${url} answered 200\n${stderr?.() ?? ''}`,
      );
    }
    try {
      const res = await request(url, { timeoutMs: 2000 });
      if (res.status === 200) return performance.now();
    } catch {
      // Not listening yet.
    }
    if (attempt > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms\n${stderr?.() ?? ''}`);
    const wait = intervalMs - (performance.now() - attempt);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

/** One POST timed from the request to the last byte; a dropped connection answers status 0. */
/** @param {http.Agent} agent @param {string} url @param {unknown} payload @param {string} token */
export function timedPost(agent, url, payload, token) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started, text: '' }));
    req.end(JSON.stringify(payload));
  });
}

/**
 * One action over HTTP with fetch, timed to the parsed answer; a refusal throws with its envelope's error.
 * @param {string} url e.g. `${base}/api/org`
 * @param {unknown} body `{ action, data }`
 * @param {string} [token]
 */
export async function api(url, body, token) {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  const ms = performance.now() - started;
  if (!json.ok) throw new Error(`${JSON.stringify(body).slice(0, 80)} → ${JSON.stringify(json.error)}`);
  return { data: json.data, ms };
}
