// WeChat cloud entry point of the notices function (bundled by scripts/build-cloud.mjs into dist/cloudfunctions/notices/).
import { notices } from '../../../backend/domains/notices/function';
import { wechatMain } from '../wechat-main';

export const main = wechatMain(notices);
