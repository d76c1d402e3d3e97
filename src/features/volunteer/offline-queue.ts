// Scans kept on the phone when the network failed (the basement post): the scan time, the code as scanned, the
// location and a client id made at the scan, so the server takes each once however often it is sent. Kept in the
// phone's storage until the server has answered it; sent when the 志愿 tab or the check-in screen opens again.
import Taro from '@tarojs/taro';
import type { OfflineItemResult } from '../../../contracts/volunteer';

export interface QueuedScan {
  clientId: string;
  kind: 'in' | 'out';
  scene?: string;
  postId?: number;
  code?: string;
  lat?: number;
  lng?: number;
  accuracy?: number;
  scannedAt: string;
}

const KEY = 'volunteer.offline-scans';
/** The server takes scans at most 24 h late; older ones are dropped from the phone with the server's sentence. */
const MAX_KEPT = 20;

export function newClientId(): string {
  return `scan-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function readQueue(): QueuedScan[] {
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    return Array.isArray(raw) ? (raw as QueuedScan[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(items: QueuedScan[]): void {
  Taro.setStorageSync(KEY, items);
}

/** Adds a scan (the newest MAX_KEPT are kept: a phone offline for days cannot fill its storage). */
export function keepScan(scan: QueuedScan): void {
  writeQueue(withScan(readQueue(), scan));
}

export function withScan(queue: readonly QueuedScan[], scan: QueuedScan): QueuedScan[] {
  return [...queue.filter((q) => q.clientId !== scan.clientId), scan].slice(-MAX_KEPT);
}

/** What stays after the server answered: every answered item goes (taken, replayed or refused for good). */
export function afterAnswers(queue: readonly QueuedScan[], results: readonly OfflineItemResult[]): QueuedScan[] {
  const answered = new Set(results.map((r) => r.clientId));
  return queue.filter((q) => !answered.has(q.clientId));
}

/** Sends what is kept; answers the server's sentences, or null when nothing was kept. A failed line keeps them all. */
export async function sendKept(send: (items: QueuedScan[]) => Promise<{ results: OfflineItemResult[] }>): Promise<OfflineItemResult[] | null> {
  const queue = readQueue();
  if (queue.length === 0) return null;
  const { results } = await send(queue);
  writeQueue(afterAnswers(readQueue(), results));
  return results;
}
