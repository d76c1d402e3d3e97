// Where scanning starts (our 扫一扫 page) and where a scanned scene goes (the scan landing page, which resolves it).
import { PAGES } from '../../../contracts/pages';
import { openPage, replacePage } from '../../lib/routes';
import type { ScanPurpose } from './scan-purpose';

export const SCANNER_ROUTE = PAGES.scanner.index;
export const SCAN_LANDING_ROUTE = PAGES.scan.index;

export function openScanner(purpose: ScanPurpose = 'home'): void {
  openPage(SCANNER_ROUTE, purpose === 'home' ? {} : { for: purpose });
}

/** The purpose a 扫一扫 page was opened for (its `for` parameter). */
export function scanPurposeOf(param: string | undefined): ScanPurpose {
  return param === 'volunteer' || param === 'timebank' ? param : 'home';
}

/** From the 扫一扫 page, replace it (Back should not reopen the camera); from elsewhere, go forward. */
export function openScene(scene: string, replace: boolean): void {
  (replace ? replacePage : openPage)(SCAN_LANDING_ROUTE, { scene });
}
