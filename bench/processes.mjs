// Child-process bookkeeping: every process the bench starts is tracked here so that a normal end,
// a harness error or Ctrl-C all leave nothing running.
import { spawn } from 'node:child_process';

/** @type {Set<import('node:child_process').ChildProcess & { group?: boolean }>} */
const live = new Set();
/** Set once the bench is shutting down, so a suite mid-loop cannot start new children. */
let closing = false;

/**
 * Spawns a tracked child. `group: true` puts it in its own process group (for tools such as taro that
 * start helpers of their own) so stopping it stops the whole group.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 * @param {{ group?: boolean }} [flags]
 */
export function startChild(command, args, options = {}, { group = false } = {}) {
  if (closing) throw new Error('bench is stopping; not starting another process');
  const child = /** @type {import('node:child_process').ChildProcess & { group?: boolean }} */ (
    spawn(command, args, { ...options, detached: group })
  );
  child.group = group;
  live.add(child);
  const forget = () => live.delete(child);
  child.once('exit', forget);
  child.once('error', forget);
  return child;
}

/** @param {import('node:child_process').ChildProcess} child */
export const hasExited = (child) => child.exitCode !== null || child.signalCode !== null;

/**
 * @param {import('node:child_process').ChildProcess & { group?: boolean }} child
 * @param {NodeJS.Signals} signal
 */
function send(child, signal) {
  try {
    if (child.group && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

/**
 * Resolves true once the child has exited, false after `ms`.
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} ms
 */
export function waitForExit(child, ms) {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, ms);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

/**
 * SIGTERM, then SIGKILL if it has not exited within `graceMs`. Resolves with how long the graceful stop took.
 * @param {import('node:child_process').ChildProcess & { group?: boolean }} child
 * @param {{ graceMs?: number }} [options]
 * @returns {Promise<{ ms: number, forced: boolean }>}
 */
export async function stopChild(child, { graceMs = 5000 } = {}) {
  const started = performance.now();
  if (hasExited(child)) return { ms: 0, forced: false };
  send(child, 'SIGTERM');
  if (await waitForExit(child, graceMs)) return { ms: performance.now() - started, forced: false };
  send(child, 'SIGKILL');
  await waitForExit(child, 2000);
  return { ms: performance.now() - started, forced: true };
}

/** Stops every tracked child (used at the end and on Ctrl-C). */
export async function stopAll() {
  closing = true;
  await Promise.all([...live].map((child) => stopChild(child, { graceMs: 2000 })));
}

/** Last resort from a synchronous 'exit' handler: nothing can be awaited there. */
export function killAllNow() {
  for (const child of live) send(child, 'SIGKILL');
}

/**
 * Keeps the last few KB of a stream, to quote in an error when a child dies.
 * @param {import('node:stream').Readable | null} stream
 */
export function tail(stream, limit = 4000) {
  let text = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk) => {
    text = (text + chunk).slice(-limit);
  });
  return () => text;
}

/**
 * Runs a command to completion with its output on our stderr (stdout is reserved for the JSON report).
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, group?: boolean }} [options]
 */
export function runToCompletion(command, args, { cwd, env, group = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = startChild(command, args, { cwd, env, stdio: ['ignore', 2, 2] }, { group });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(undefined);
      else reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
