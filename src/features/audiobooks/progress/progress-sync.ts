// Sends listening progress to the server without ever holding up playback: failed reports wait in a small
// outbox on the device and go with the next report; places heard before signing in are imported once.
import Taro from '@tarojs/taro';
import { ApiError, isPassingFailure } from '../../../lib/api-error';
import { importProgress } from '../api/import-progress';
import { saveProgress } from '../api/save-progress';
import type { Stretch } from './listened-tracker';
import { markNoAccount, mayHaveAccount } from './listener-identity';
import { markImported, readPlaces } from './local-places';

const OUTBOX_KEY = 'audiobooks.outbox';
const MAX_WAITING = 30;

export interface ProgressReport {
  chapterId: number;
  position: number;
  listened: Stretch[];
  rate: number;
}

export type SyncResult = 'saved' | 'local-only' | 'waiting';

function readOutbox(): ProgressReport[] {
  try {
    const raw: unknown = Taro.getStorageSync(OUTBOX_KEY);
    return Array.isArray(raw) ? (raw as ProgressReport[]).filter((r) => typeof r?.chapterId === 'number') : [];
  } catch {
    return [];
  }
}

function writeOutbox(reports: ProgressReport[]): void {
  try {
    Taro.setStorageSync(OUTBOX_KEY, reports.slice(-MAX_WAITING));
  } catch {
    // Storage blocked: the report is lost, the local place is not.
  }
}

/** Worth trying again later (no signal, server trouble); anything else would fail the same way again. */
function retriable(error: unknown): boolean {
  return isPassingFailure(error);
}

function refusedAccount(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN');
}

let sending: Promise<SyncResult> = Promise.resolve('saved');

async function send(report: ProgressReport | null, keepalive: boolean): Promise<SyncResult> {
  const queue = [...readOutbox(), ...(report ? [report] : [])];
  for (let i = 0; i < queue.length; i += 1) {
    try {
      await saveProgress(queue[i], { keepalive });
    } catch (error) {
      if (refusedAccount(error)) {
        markNoAccount();
        writeOutbox([]);
        return 'local-only';
      }
      if (retriable(error)) {
        writeOutbox(queue.slice(i));
        return 'waiting';
      }
      // Refused for good (e.g. the chapter was removed): drop that one report, carry on.
    }
  }
  writeOutbox([]);
  return 'saved';
}

/** Reports one position (with what was heard since the last report). Never rejects. */
export function reportProgress(report: ProgressReport, options: { keepalive?: boolean } = {}): Promise<SyncResult> {
  if (!mayHaveAccount()) return Promise.resolve('local-only');
  // One at a time, in order: a slow report is never overtaken by a later one.
  sending = sending.then(() => send(report, options.keepalive === true)).catch(() => 'waiting' as const);
  return sending;
}

/** Retries reports that could not be sent earlier. */
export function retryWaitingReports(): Promise<SyncResult> {
  if (!mayHaveAccount() || readOutbox().length === 0) return Promise.resolve('saved');
  sending = sending.then(() => send(null, false)).catch(() => 'waiting' as const);
  return sending;
}

let importing: Promise<void> | null = null;

/** Once signed in: the places reached without an account join it (the server keeps the newer per book). */
export function importLocalPlaces(): Promise<void> {
  if (!mayHaveAccount()) return Promise.resolve();
  const waiting = readPlaces().filter((p) => p.pendingImport);
  if (waiting.length === 0) return Promise.resolve();
  importing ??= importProgress(
    waiting.map((p) => ({ chapterId: p.chapterId, position: p.position, updatedAt: p.updatedAt })),
  )
    .then(() => markImported(waiting.map((p) => p.bookId)))
    .catch((error: unknown) => {
      if (refusedAccount(error)) markNoAccount();
      // Network trouble: the places stay marked and go next time.
    })
    .finally(() => {
      importing = null;
    });
  return importing;
}
