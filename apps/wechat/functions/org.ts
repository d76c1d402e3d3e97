// WeChat cloud entry point of the org function (bundled by scripts/build-cloud.mjs into dist/cloudfunctions/org/).
import { org } from '../../../backend/domains/org/function';
import { wechatMain } from '../wechat-main';

export const main = wechatMain(org);
