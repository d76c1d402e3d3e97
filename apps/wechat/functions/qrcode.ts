// WeChat cloud entry point of the qrcode function (bundled by scripts/build-cloud.mjs into dist/cloudfunctions/qrcode/).
import { qrcode } from '../../../backend/scan/qrcode/function';
import { wechatMain } from '../wechat-main';

export const main = wechatMain(qrcode);
