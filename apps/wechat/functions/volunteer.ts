// WeChat cloud entry point of the volunteer function (bundled by scripts/build-cloud.mjs into dist/cloudfunctions/volunteer/).
import { volunteer } from '../../../backend/domains/volunteer/function';
import { wechatMain } from '../wechat-main';

export const main = wechatMain(volunteer);
