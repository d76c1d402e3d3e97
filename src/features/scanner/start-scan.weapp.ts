// The 首页 扫一扫 button in the mini-program: WeChat's own scanner, then straight to what the code names.
import type { ScanPurpose } from './scan-purpose';
import { scanWithWechat } from './scan-with-wechat';

/** Resolves with a sentence to show, or null when the person cancelled or the code was opened. */
export function startScan(purpose: ScanPurpose = 'home'): Promise<string | null> {
  return scanWithWechat(false, purpose);
}
