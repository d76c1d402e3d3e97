// Where scanning starts (our 扫一扫 page) and where a scanned scene goes (the scan landing page, which resolves it).
import Taro from '@tarojs/taro';
import type { ScanPurpose } from './scan-with-wechat';

export const SCANNER_ROUTE = '/subpackages/scanner/index';
export const SCAN_LANDING_ROUTE = '/subpackages/scan/index';

export function openScanner(purpose: ScanPurpose = 'home'): void {
  void Taro.navigateTo({ url: purpose === 'home' ? SCANNER_ROUTE : `${SCANNER_ROUTE}?for=${purpose}` });
}

/** The purpose a 扫一扫 page was opened for (its `for` parameter). */
export function scanPurposeOf(param: string | undefined): ScanPurpose {
  return param === 'volunteer' ? 'volunteer' : 'home';
}

/** From the 扫一扫 page, replace it (Back should not reopen the camera); from elsewhere, go forward. */
export function openScene(scene: string, replace: boolean): void {
  const url = `${SCAN_LANDING_ROUTE}?scene=${encodeURIComponent(scene)}`;
  void (replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }));
}
