// Where scanning starts (our 扫一扫 page) and where a scanned scene goes (the scan landing page, which resolves it).
import Taro from '@tarojs/taro';

export const SCANNER_ROUTE = '/subpackages/scanner/index';
export const SCAN_LANDING_ROUTE = '/subpackages/scan/index';

export function openScanner(): void {
  void Taro.navigateTo({ url: SCANNER_ROUTE });
}

/** From the 扫一扫 page, replace it (Back should not reopen the camera); from elsewhere, go forward. */
export function openScene(scene: string, replace: boolean): void {
  const url = `${SCAN_LANDING_ROUTE}?scene=${encodeURIComponent(scene)}`;
  void (replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }));
}
