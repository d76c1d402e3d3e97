// events: classes, themed party days and lectures: sign-up, waitlist, attendance.
// Its actions land with the issue for this domain; until then every call answers NOT_FOUND through the router.
import { defineFunction } from '../../backend/runtime/define-function';
import { wechatMain } from '../../backend/wechat/wechat-main';

export const events = defineFunction('events', {});

/** WeChat cloud entry point. */
export const main = wechatMain(events);
