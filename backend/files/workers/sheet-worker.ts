// The worker thread's entry: one job per worker (read a roster file and judge its rows, build a spreadsheet),
// answered once, so a 20 MB file or a 43,000-row export never holds the host's event loop. Bundled as
// sheet-worker.js beside each bundle's entry (scripts/build-host.mjs, build-cloud.mjs); exceljs is loaded only for
// .xlsx jobs, so the cloud functions, which read CSV only, run this file without it.
import { once } from 'node:events';
import { parentPort, type MessagePort } from 'node:worker_threads';
import { judgeRosterSheet } from '../../rules/roster';
import { searchKey } from '../../rules/roster-search';
import type { RowsRead } from '../../runtime/deps';
import { readCsvRows } from '../roster-file';
import {
  ITEMS_PER_MESSAGE,
  type BranchAnswers,
  type HostReply,
  type JudgeJob,
  type JudgedRoster,
  type SheetJob,
  type WorkerReply,
} from './sheet-jobs';

/** The .xlsx side, required on first use: a cloud function's worker never loads exceljs. */
function xlsx(): typeof import('../xlsx') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../xlsx') as typeof import('../xlsx');
}

async function next(port: MessagePort): Promise<HostReply> {
  const [reply] = (await once(port, 'message')) as [HostReply];
  return reply;
}

async function read(kind: 'csv' | 'xlsx', bytes: Uint8Array, maxRows: number): Promise<RowsRead> {
  return kind === 'csv' ? readCsvRows(bytes, maxRows) : xlsx().readXlsxRows(bytes, maxRows);
}

/**
 * Reads and judges a roster. The rule asks a directory about each row's branch; the directory lives in the host's
 * database, so a first pass only collects what the rows name, the host answers those, and the second pass judges.
 */
async function judge(port: MessagePort, job: JudgeJob): Promise<JudgedRoster> {
  const file = await read(job.file, job.bytes, job.maxRows);
  if ('problem' in file) return file;
  const named = new Set<string>();
  judgeRosterSheet(file.rows, { find: (ref) => (named.add(ref), null) }, job.thisYear, file.sheet);
  port.postMessage({ branches: [...named] } satisfies WorkerReply);
  const reply = await next(port);
  const answers: BranchAnswers = reply === 'next' ? {} : reply.branches;
  const judged = judgeRosterSheet(file.rows, { find: (ref) => answers[ref] ?? null }, job.thisYear, file.sheet);
  return {
    // The stored search key is made without the spaces typed inside a name (张\u3000三 is found by 张三).
    entries: judged.entries.map((entry) => ({ ...entry, searchKey: searchKey(entry.name) })),
    errors: judged.errors,
    skipped: judged.skipped,
    // A CSV has no sheet: the key is left out rather than sent as undefined.
    ...(file.sheet !== undefined ? { sheet: file.sheet } : {}),
  };
}

async function answer(port: MessagePort, job: SheetJob): Promise<WorkerReply> {
  switch (job.kind) {
    case 'read-xlsx':
      return { ok: true, answer: await xlsx().readXlsxRows(job.bytes, job.maxRows) };
    case 'judge-roster':
      return { ok: true, answer: await judge(port, job) };
    case 'write-xlsx':
      return { ok: true, answer: await xlsx().writeXlsx(job.sheet) };
  }
}

/** The long list of an answer (rows, entries), if it has one. */
function longList(reply: WorkerReply): 'rows' | 'entries' | null {
  if (!('ok' in reply) || !reply.ok || reply.answer instanceof Uint8Array) return null;
  if ('rows' in reply.answer) return 'rows';
  if ('entries' in reply.answer) return 'entries';
  return null;
}

/** Posts the answer: its long list a batch at a time, each when the host asks; a built file's bytes move without a copy. */
async function post(port: MessagePort, reply: WorkerReply): Promise<void> {
  const list = longList(reply);
  if (list && 'ok' in reply && reply.ok) {
    const answer = reply.answer as Record<string, unknown>;
    const items = answer[list] as unknown[];
    for (let i = 0; i < items.length; i += ITEMS_PER_MESSAGE) {
      const asked = next(port);
      port.postMessage({ more: items.slice(i, i + ITEMS_PER_MESSAGE) } satisfies WorkerReply);
      await asked;
    }
    port.postMessage({ ok: true, answer: { ...answer, [list]: [] } } as WorkerReply);
    return;
  }
  const transfer =
    'ok' in reply && reply.ok && reply.answer instanceof Uint8Array ? [reply.answer.buffer as ArrayBuffer] : [];
  port.postMessage(reply, transfer);
}

const port = parentPort;
port?.once('message', (job: SheetJob) => {
  answer(port, job)
    .then((reply) => post(port, reply))
    .catch((err: unknown) =>
      port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies WorkerReply),
    );
});
