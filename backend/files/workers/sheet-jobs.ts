// The messages between the host and a sheet worker: what to read, judge or build, and what came back. Shared by
// both sides so a job and its answer cannot drift apart.
import type { BranchDirectory, RosterEntry, RowError } from '../../rules/roster';
import type { RowsRead, SheetSpec } from '../../runtime/deps';

/** Reading stops at `maxRows` rows after the header, so a huge file is refused without being read to its end. */
export type ReadJob = { kind: 'read-xlsx'; bytes: Uint8Array; maxRows: number };
/** Reads a roster file and judges its rows (backend/rules/roster.ts), asking the host about the branches it names. */
export type JudgeJob = {
  kind: 'judge-roster';
  file: 'csv' | 'xlsx';
  bytes: Uint8Array;
  maxRows: number;
  thisYear: number;
};
export type WriteJob = { kind: 'write-xlsx'; sheet: SheetSpec };
export type SheetJob = ReadJob | JudgeJob | WriteJob;

/** A judged row with the search key of its name (pinyin, worked out in the worker too). */
export type JudgedEntry = RosterEntry & { searchKey: string };
export type JudgedRoster =
  | { entries: JudgedEntry[]; errors: RowError[]; skipped: RowError[]; sheet?: string }
  | { problem: Extract<RowsRead, { problem: unknown }>['problem'] };

export type SheetJobAnswer<J extends SheetJob> = J extends WriteJob
  ? Uint8Array
  : J extends JudgeJob
    ? JudgedRoster
    : RowsRead;

/** What the host knows of the branches a file names: each reference as written, and what it found. */
export type BranchAnswers = Record<string, ReturnType<BranchDirectory['find']>>;

/**
 * What the worker posts: the branch references it needs answered (`branches`), the long list of an answer a batch
 * at a time (`more`, each after the host asked for it, so the host takes them in between its other requests), then
 * the answer (its long list empty), or the message of what failed.
 */
export type WorkerReply =
  | { branches: string[] }
  | { more: unknown[] }
  | { ok: true; answer: RowsRead | JudgedRoster | Uint8Array }
  | { ok: false; message: string };

/** What the host sends after the job: the branches asked about, or "next batch". */
export type HostReply = { branches: BranchAnswers } | 'next';

/** Items per message from the worker: a few milliseconds of the host's time to take in. */
export const ITEMS_PER_MESSAGE = 2000;
