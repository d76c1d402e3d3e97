// WeChat cloud entry point of the events function (bundled by scripts/build-cloud.mjs into dist/cloudfunctions/events/).
import { events } from '../../../backend/domains/events/function';
import { wechatMain } from '../wechat-main';

export const main = wechatMain(events);
