// WeChat cloud entry point of the account function (bundled by scripts/build-cloud.mjs into dist/cloudfunctions/account/).
import { account } from '../../../backend/domains/account/function';
import { wechatMain } from '../wechat-main';

export const main = wechatMain(account);
