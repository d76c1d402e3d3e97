// qrcode: QR scenes: create and resolve.
// Its actions land with the issue for this domain; until then every call answers NOT_FOUND through the router.
import { defineFunction } from '../../backend/runtime/define-function';
import { wechatMain } from '../../backend/wechat/wechat-main';

export const qrcode = defineFunction('qrcode', {});

/** WeChat cloud entry point. */
export const main = wechatMain(qrcode);
