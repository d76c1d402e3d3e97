// WeChat cloud entry point of the account function, written by hand because apps/wechat/wechat-main.test.ts loads
// it; scripts/build-cloud.mjs writes the other domains' entries the same way (bundled into dist/cloudfunctions/account/).
import { account } from '../../../backend/domains/account/function';
import { wechatMain } from '../wechat-main';

export const main = wechatMain(account);
