// The 首页 扫一扫 button on H5 (the default): open our own 扫一扫 page (camera, or a photo of the code).
// The mini-program takes start-scan.weapp.ts (WeChat's own scanner) in place of this file.
import { openScanner } from './routes';
import type { ScanPurpose } from './scan-purpose';

/** Resolves with a sentence to show, or null when there is nothing to say. */
export async function startScan(purpose: ScanPurpose = 'home'): Promise<string | null> {
  openScanner(purpose);
  return null;
}
