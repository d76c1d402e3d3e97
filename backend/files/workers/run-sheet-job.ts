// Runs a sheet job (read a roster file, build a spreadsheet) in a worker thread of its own, at most
// MAX_SHEET_WORKERS at a time, so the host's event loop keeps answering while a 20 MB file is read. A worker per
// job: it starts in tens of milliseconds next to seconds of work, and whatever it held is gone when it ends.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { BranchDirectory } from '../../rules/roster';
import type { HostReply, SheetJob, SheetJobAnswer, WorkerReply } from './sheet-jobs';

/** Two cores on the machines we run on: two jobs in parallel, the rest wait their turn. */
export const MAX_SHEET_WORKERS = 2;
/** A worker that needs more than this is stopped (a streamed 20 MB file needs a fraction of it). */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 768 };
export const WORKER_FILE = 'sheet-worker.js';

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= MAX_SHEET_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
}

/**
 * The worker's file: bundles emit sheet-worker.js beside their entry (this code's __dirname once bundled); from the
 * TypeScript sources (tests, tsx) the .ts file beside this one, compiled by tsx as it loads.
 */
function startWorker(): Worker {
  const bundled = path.join(__dirname, WORKER_FILE);
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits: WORKER_LIMITS });
  const source = path.join(__dirname, 'sheet-worker.ts');
  return new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`, {
    eval: true,
    resourceLimits: WORKER_LIMITS,
  });
}

/** The bytes alone in their own buffer, so they move to the worker without a copy (the caller's view is emptied). */
function movable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes
    : bytes.slice();
}

/**
 * Runs `job` in a worker of its own and answers what it answered. A roster job asks about the branches its file
 * names: `branches` answers from the host's directory.
 */
export async function runSheetJob<J extends SheetJob>(job: J, branches?: BranchDirectory): Promise<SheetJobAnswer<J>> {
  const done = await turn();
  try {
    const message: SheetJob = job.kind === 'write-xlsx' ? job : { ...job, bytes: movable(job.bytes) };
    const transfer = message.kind === 'write-xlsx' ? [] : [message.bytes.buffer as ArrayBuffer];
    const worker = startWorker();
    const send = (reply: HostReply) => worker.postMessage(reply);
    try {
      return await new Promise<SheetJobAnswer<J>>((resolve, reject) => {
        const items: unknown[] = [];
        worker.on('message', (reply: WorkerReply) => {
          if ('branches' in reply) {
            send({ branches: Object.fromEntries(reply.branches.map((ref) => [ref, branches?.find(ref) ?? null])) });
            return;
          }
          if ('more' in reply) {
            for (const item of reply.more) items.push(item);
            // The next batch once the host has had its turn at other requests.
            setImmediate(() => send('next'));
            return;
          }
          if (!reply.ok) return reject(new Error(`sheet worker: ${reply.message}`));
          const { answer } = reply;
          if (answer instanceof Uint8Array) return resolve(answer as SheetJobAnswer<J>);
          if ('rows' in answer) return resolve({ ...answer, rows: items } as SheetJobAnswer<J>);
          if ('entries' in answer) return resolve({ ...answer, entries: items } as SheetJobAnswer<J>);
          resolve(answer as SheetJobAnswer<J>);
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`sheet worker stopped (exit ${code})`)));
        worker.postMessage(message, transfer);
      });
    } finally {
      await worker.terminate();
    }
  } finally {
    done();
  }
}
