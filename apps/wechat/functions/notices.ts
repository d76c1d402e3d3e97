// WeChat cloud entry point of the notices function (bundled by scripts/build-cloud.mjs into dist/cloudfunctions/notices/).
import { notices } from '../../../cloudfunctions/notices/index';
import { wechatMain } from '../wechat-main';

export const main = wechatMain(notices);
