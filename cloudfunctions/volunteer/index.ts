// volunteer: service posts: shifts, clock in and out, service hours.
// Its actions land with the issue for this domain; until then every call answers NOT_FOUND through the router.
import { defineFunction } from '../../backend/runtime/define-function';
import { wechatMain } from '../../backend/wechat/wechat-main';

export const volunteer = defineFunction('volunteer', {});

/** WeChat cloud entry point. */
export const main = wechatMain(volunteer);
