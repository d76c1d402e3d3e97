// Scans kept on the phone when the network failed (the basement post): the scan time, the code as scanned, the
// location and a client id made at the scan (the offline queue, src/entities/offline-queue). Sent when the 志愿 tab
// or the check-in screen opens again.
import type { OfflineItemResult } from '../../../contracts/volunteer';
import { offlineQueue, withItem } from '../../entities/offline-queue/offline-queue';

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

/** The server takes scans at most 24 h late; older ones are dropped from the phone with the server's sentence. */
const MAX_KEPT = 20;

// The storage key is older than the shared queue: kept scans must survive the update.
const scans = offlineQueue<QueuedScan, OfflineItemResult>('volunteer.offline-scans', MAX_KEPT);

export const keepScan = scans.keep;
export const sendKept = scans.sendKept;

export function withScan(queue: readonly QueuedScan[], scan: QueuedScan): QueuedScan[] {
  return withItem(queue, scan, MAX_KEPT);
}
