// weapp: WeChat's own scanner (camera or a photo from the album), then open what the code names.
import Taro from '@tarojs/taro';
import { openScene } from './routes';
import { sceneFromWechatScan } from './scene-from-scan';
import { NOT_OURS_MESSAGES, type ScanPurpose } from './scan-purpose';

export const SCAN_FAILED_MESSAGE = '没有扫到二维码。请对准二维码再试一次。';

/** Resolves with a sentence to show, or null when the person cancelled or the code was opened. */
export async function scanWithWechat(replace: boolean, purpose: ScanPurpose = 'home'): Promise<string | null> {
  let result: Taro.scanCode.SuccessCallbackResult;
  try {
    result = await Taro.scanCode({ onlyFromCamera: false });
  } catch (error) {
    const message = (error as { errMsg?: unknown } | null)?.errMsg;
    // Closing the scanner is not a failure.
    return typeof message === 'string' && message.includes('cancel') ? null : SCAN_FAILED_MESSAGE;
  }
  const scene = sceneFromWechatScan(result);
  if (!scene) return NOT_OURS_MESSAGES[purpose];
  openScene(scene, replace);
  return null;
}
